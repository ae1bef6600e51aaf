try { Object.setPrototypeOf(undefined, null); } catch (e) { println(e.name); }
println(Object.setPrototypeOf(true, null), typeof Object.setPrototypeOf(Symbol.iterator, {}));
