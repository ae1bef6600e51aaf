const a = Symbol.for('app'); const b = Symbol.for('app');
println(a === b, Symbol.keyFor(a), Symbol.keyFor(Symbol('app')), a.description, Symbol.for().toString(), Symbol.keyFor(Symbol.for()));
println(Symbol.keyFor(Symbol.iterator), Symbol.for('app') === Symbol('app'));
try { Symbol.keyFor('app'); } catch (e) { println(e.name); }
try { Symbol.keyFor(); } catch (e) { println(e.name); }
