class C {
  #x = 1;
  get #v() { return this.#x * 10; }
  set #v(n) { this.#x = n; }
  bump() { this.#v = this.#v + 1; this.#v++; return this.#v; }
}
println(new C().bump());
