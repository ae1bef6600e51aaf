class C {
  #secret() { return 's'; }
  get #p() { return 'p'; }
  reveal() { return this.#secret() + this.#p; }
}
println(new C().reveal());
