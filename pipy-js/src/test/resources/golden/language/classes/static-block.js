const log = [];
class A {
  static x = (log.push('x'), 1);
  static { log.push('block1'); this.y = this.x + 1; }
  static z = (log.push('z'), A.y + 1);
  static { var local = 'v'; log.push('block2 ' + local + ' ' + A.z); }
}
println(log.join(' | '), A.y, A.z, typeof local);
class B extends A { static { println('B sees', super.constructor === Function.prototype.constructor, this.y); } }
