var settled = false;
Promise.race([]).then(function () { settled = true; });
Promise.resolve().then(function () {}).then(function () { println('still pending', !settled); });
