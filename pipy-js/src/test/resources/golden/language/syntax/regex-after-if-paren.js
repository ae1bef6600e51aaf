if (false) /x/g.lastIndex = 0;
println('ok');
