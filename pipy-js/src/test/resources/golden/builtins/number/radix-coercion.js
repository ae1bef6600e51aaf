println((255).toString('16'), (255).toString(16.9), (255).toString({valueOf: () => 2}));
try { (255).toString(NaN); } catch (e) { println(e.name); }
try { (255).toString(Infinity); } catch (e) { println(e.name); }
