function outer() { const f = () => arguments.length + ':' + arguments[0]; return f('ignored'); }
println(outer('a', 'b'));
