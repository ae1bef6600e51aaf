const checks = [];
try { null.x; } catch (e) { checks.push(e instanceof TypeError); }
try { undefinedVar; } catch (e) { checks.push(e instanceof ReferenceError); }
try { (function f() { f(); })(); } catch (e) { checks.push(e instanceof RangeError); }
println(checks.join());
