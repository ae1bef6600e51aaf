class C {
  #n = 1;
  run() { this.#n++; ++this.#n; this.#n += 10; this.#n **= 1; return this.#n; }
}
println(new C().run());
