Promise.reject(new Error('nobody listens'));
Promise.resolve().then(function () { println('jobs still run'); });
println('script end');
