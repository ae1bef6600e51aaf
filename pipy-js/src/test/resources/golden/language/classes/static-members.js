class C {
  static count = 0;
  static inc() { return ++C.count; }
  static get twice() { return this.count * 2; }
}
C.inc(); C.inc();
println(C.count, C.twice);
