println(Object.prototype.toString.call(new Date(0)), Object.prototype.toString.call(Date.prototype));
println(Date.length, Date.name, Date.prototype.constructor === Date);
println(Date.prototype.setHours.length, Date.prototype.setMinutes.length, Date.prototype.setSeconds.length, Date.prototype.setFullYear.length, Date.prototype.setMonth.length, Date.prototype.toJSON.length);
var tpd = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive);
println(tpd.writable, tpd.enumerable, tpd.configurable, tpd.value.name);
