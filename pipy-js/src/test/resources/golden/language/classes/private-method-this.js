class C {
  #v = 'value';
  #get() { return this.#v; }
  static #sget() { return this.name; }
  run() { return this.#get(); }
  static srun() { return C.#sget(); }
  opt() { return this?.#get(); }
}
println(new C().run(), C.srun(), new C().opt());
