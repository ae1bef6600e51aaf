const f = (g = x => x * 2, h = () => ({})) => g(3) + typeof h();
println(f());
