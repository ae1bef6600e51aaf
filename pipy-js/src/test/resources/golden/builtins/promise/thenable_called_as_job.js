var order = [];
var thenable = { then: function (res) { order.push('then'); res(1); } };
var p = new Promise(function (r) { r(thenable); });
order.push('after resolve');
Promise.resolve().then(function () { order.push('tick1'); });
p.then(function () { order.push('settled'); println(order.join(',')); });
