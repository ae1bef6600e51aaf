let x = 0;
if (x) /a/.test('a') && println('matched');
while (x) /b/g.exec('b');
println('parsed');
