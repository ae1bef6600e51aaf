const a = []; a['01'] = 'x'; a['1.0'] = 'y'; a['-0'] = 'z'; println(a.length, JSON.stringify(Object.keys(a)));
