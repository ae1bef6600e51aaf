try { (1).toFixed(101); } catch (e) { println(e.name); }
try { (1).toFixed(-1); } catch (e) { println(e.name); }
try { NaN.toFixed(Infinity); } catch (e) { println(e.name); }
try { Number.prototype.toFixed.call('1', 2); } catch (e) { println(e.name); }
println(Number.prototype.toFixed.call(new Number(2.345), 2), (2).toFixed(100).length);
