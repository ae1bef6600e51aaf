Promise.all([1, Promise.resolve(2), { then: function (r) { r(3); } }]).then(function (v) { println(JSON.stringify(v)); });
