const o = {}; const a = [{}, o, o]; println(a.indexOf(o), a.lastIndexOf(o), a.indexOf({}), a.includes(o));
