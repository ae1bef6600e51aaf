class C {
  static #count = 10;
  static #bump() { return ++C.#count; }
  static next() { return C.#bump(); }
}
println(C.next(), C.next());
