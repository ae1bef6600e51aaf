function f() { return 1 }
const o = { a: 1 }
println(f(), o.a)
