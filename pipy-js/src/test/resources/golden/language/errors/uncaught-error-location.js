println('start');
const obj = {};
obj.missing.deeper;
