debugger;
println('ok');
