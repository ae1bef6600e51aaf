const it = [][Symbol.iterator]();
const proto = Object.getPrototypeOf(it);
const iterProto = Object.getPrototypeOf(proto);
println(typeof proto.next, proto[Symbol.toStringTag], Object.prototype.toString.call(it), iterProto[Symbol.iterator]() === iterProto, Object.getPrototypeOf(iterProto) === Object.prototype);
println(proto.hasOwnProperty(Symbol.iterator), iterProto.hasOwnProperty(Symbol.iterator), proto.next.length, proto.next.name);
try { proto.next.call({}); } catch (e) { println(e.name); }
