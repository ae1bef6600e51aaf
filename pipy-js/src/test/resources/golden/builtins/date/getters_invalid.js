var d = new Date(NaN);
var names = ['getTime', 'getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'getMilliseconds',
  'getUTCFullYear', 'getUTCMonth', 'getUTCDate', 'getUTCDay', 'getUTCHours', 'getUTCMinutes', 'getUTCSeconds', 'getUTCMilliseconds',
  'getTimezoneOffset', 'getYear', 'valueOf'];
println(names.map(function (n) { return String(d[n]()); }).join(' '));
