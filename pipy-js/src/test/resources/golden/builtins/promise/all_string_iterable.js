Promise.all('abc').then(function (v) { println(v.join('-')); });
