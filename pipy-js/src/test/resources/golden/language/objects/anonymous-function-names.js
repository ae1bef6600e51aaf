const o = { f: function () {}, g: () => {}, h: class {}, ['c' + 'k']: () => {} };
println(o.f.name, o.g.name, o.h.name, o.ck.name);
