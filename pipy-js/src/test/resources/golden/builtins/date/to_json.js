var d = new Date(Date.UTC(2024, 2, 5));
println(d.toJSON(), JSON.stringify({ when: d }));
println(new Date(NaN).toJSON(), JSON.stringify([new Date(NaN)]));
var fake = { toISOString: function () { return 'fake-iso'; }, valueOf: function () { return 1; } };
println(Date.prototype.toJSON.call(fake));
println(Date.prototype.toJSON.call({ valueOf: function () { return Infinity; } }));
