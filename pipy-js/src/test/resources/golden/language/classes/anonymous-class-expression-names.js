const list = [class {}, class Named {}];
const o = { prop: class {} };
println(list[0].name === '', list[1].name, o.prop.name);
