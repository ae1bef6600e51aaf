class C { get = 'g'; static = 's'; async = 'a'; }
const c = new C();
println(c.get, c.static, c.async);
