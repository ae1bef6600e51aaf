while (false) println('never');
println('ok');
