println('before');
const o = {};
o.method();
