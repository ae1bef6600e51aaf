const s = Symbol('desc'); const t = Symbol('desc');
println(typeof s, s === t, s.toString(), String(s), s.description, Symbol().description, Symbol('').description === '');
println(Symbol(undefined).toString(), Symbol(null).toString(), Symbol(123).description, Symbol({}).description);
try { new Symbol(); } catch (e) { println(e.name); }
try { s + ''; } catch (e) { println(e.name); }
try { `${s}`; } catch (e) { println(e.name); }
try { +s; } catch (e) { println(e.name); }
println(!!s, Symbol.length, Symbol.name);
