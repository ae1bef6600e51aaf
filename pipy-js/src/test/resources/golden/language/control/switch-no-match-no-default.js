switch (5) { case 1: println('x'); }
println('done');
