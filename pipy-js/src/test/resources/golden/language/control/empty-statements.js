;;;
if (true);
for (let i = 0; i < 1; i++);
println('ok');
