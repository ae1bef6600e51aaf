Promise.resolve(1).finally(function () { throw new Error('from finally'); }).catch(function (e) { println(e.message); });
