{ foo: 1 }
println('label ok');
