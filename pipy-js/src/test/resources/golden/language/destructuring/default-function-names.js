const { f = function () {}, g = () => {} } = {};
const [h = class {}] = [];
println(f.name, g.name, h.name);
