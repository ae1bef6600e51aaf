function helper() { return 'helpers still hoisted'; }
println(helper());
return 42;
println('never');
