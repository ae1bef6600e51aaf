const a = [1]; const b = [a]; a.push(b); println(a.join('-'), String(a));
