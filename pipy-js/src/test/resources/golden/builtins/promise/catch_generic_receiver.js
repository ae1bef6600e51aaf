var fake = { then: function (a, b) { println('fake then', a, typeof b); return 'ret'; } };
println(Promise.prototype.catch.call(fake, function () {}));
