var inner = Promise.resolve('x');
Promise.reject(inner).catch(function (e) { println(e === inner); });
