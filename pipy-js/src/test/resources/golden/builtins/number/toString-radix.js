println((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (0.1).toString(2), (0.000001).toString(2), (3.75).toString(8), (1e21).toString(36));
println((255).toString(), (255).toString(10), (255).toString(undefined), (35).toString(36), (2 ** 53).toString(2), (2 ** 60).toString(16), (1.5e300).toString(36).length, (-0).toString(2));
println(NaN.toString(2), Infinity.toString(16), (-Infinity).toString(36), (1 / 3).toString(3), (0.1).toString(3), (Math.PI).toString(16), (123.456).toString(36), (1e-7).toString(16));
try { (1).toString(1); } catch (e) { println(e.name); }
try { (1).toString(37); } catch (e) { println(e.name); }
try { (1).toString(0); } catch (e) { println(e.name); }
try { Number.prototype.toString.call('5'); } catch (e) { println(e.name); }
