var i = new Int('12345678901234');
println(i.toString(), i.type);
println(new Int('-42').toString(), new Int('  7 apples').toString(), new Int('x').toString());
