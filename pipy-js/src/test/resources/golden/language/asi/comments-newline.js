let a = 1 /* block
comment */ let_b = 2
println(a, let_b)
