let v = 1;
const get = () => v;
v = 2;
println(get());
