let calls = 0;
const d = () => ++calls;
const [x = d(), y = d()] = [1];
println(x, y, calls);
