Promise.all(5).catch(function (e) { println(e.constructor.name); });
Promise.all().catch(function (e) { println(e.constructor.name); });
