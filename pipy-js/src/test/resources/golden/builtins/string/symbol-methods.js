println(typeof String.prototype[Symbol.iterator], String.prototype[Symbol.match], String.prototype[Symbol.replace], String.prototype[Symbol.split]);
var s = "ab";
println(Symbol.iterator in Object(s), JSON.stringify(Array.from(new String("xy"))), JSON.stringify(Object.getOwnPropertySymbols(String.prototype).map(String)));
