const f = x =>
  x * 2
println(f(3))
