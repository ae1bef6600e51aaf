const log = [];
class A { constructor() { log.push('A'); } }
class B extends A {
  f = log.push('B field');
  constructor() { log.push('before super'); super(); log.push('after super'); }
}
new B();
println(log.join(' | '));
