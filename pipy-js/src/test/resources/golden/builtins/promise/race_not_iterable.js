Promise.race(123).catch(function (e) { println(e.name); });
Promise.any(undefined).catch(function (e) { println(e.name); });
Promise.allSettled(null).catch(function (e) { println(e.name); });
