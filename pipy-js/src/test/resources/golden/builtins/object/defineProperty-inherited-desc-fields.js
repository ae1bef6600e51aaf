const proto = {enumerable: true, value: 'from proto'};
const o = Object.defineProperty({}, 'x', Object.create(proto)); println(o.x, Object.keys(o).join());
