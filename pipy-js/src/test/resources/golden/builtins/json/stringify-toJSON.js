println(JSON.stringify({toJSON() { return 'replaced'; }}), JSON.stringify({a: {toJSON(key) { return 'key:' + key; }}}), JSON.stringify([{toJSON(k) { return k; }}]));
println(JSON.stringify({toJSON: 'not fn', x: 1}), JSON.stringify({toJSON() { return undefined; }}), JSON.stringify({a: {toJSON() { return undefined; }}}));
const proto = {toJSON() { return 'from proto'; }}; println(JSON.stringify(Object.create(proto)));
Number.prototype.toJSON = function () { return 'num' + this; }; println(JSON.stringify([1, 2])); delete Number.prototype.toJSON;
println(JSON.stringify({d: {toJSON() { return {nested: true}; }}}));
