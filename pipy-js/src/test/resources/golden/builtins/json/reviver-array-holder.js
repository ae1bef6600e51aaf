const r = JSON.parse('[1,[2,3]]', function (k, v) { return Array.isArray(this) && typeof v === 'number' ? v + 0.5 : v; }); println(JSON.stringify(r));
