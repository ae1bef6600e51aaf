class Loud extends Promise {
  constructor(ex) { super(ex); Loud.count = (Loud.count || 0) + 1; }
}
var p = Loud.resolve(1);
p.then(function (v) { return v; }).then(function () { println('constructed', Loud.count); });
