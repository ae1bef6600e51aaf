try { new Date(NaN).toISOString(); } catch (e) { println(e.name); }
new Date('garbage').toISOString();
