class K { delete() { return 'd'; } new() { return 'n'; } class() { return 'c'; } }
const k = new K();
println(k.delete() + k.new() + k.class());
