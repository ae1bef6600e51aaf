let hits = 0; const opts = {get cause() { hits++; return 'c'; }}; const e = new Error('x', opts); println(e.cause, hits);
