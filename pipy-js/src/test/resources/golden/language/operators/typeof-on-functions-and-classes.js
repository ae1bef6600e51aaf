class K {}
println(typeof K, typeof K.prototype, typeof new K(), typeof Symbol.iterator, typeof Object, typeof Math);
