const r = ['a'].entries().next(); println(JSON.stringify(Object.keys(r)), Array.isArray(r.value), r.done);
