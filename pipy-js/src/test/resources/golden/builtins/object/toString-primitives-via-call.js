const ts = Object.prototype.toString; println(ts.call(0), ts.call(''), ts.call(false), ts.call(NaN), ts.call([1]), ts.call(new Array(3)));
