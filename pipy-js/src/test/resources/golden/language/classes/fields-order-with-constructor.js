const log = [];
class C {
  x = log.push('field');
  constructor() { log.push('ctor'); }
}
new C();
println(log.join());
