println("abc".repeat(0) === "", "abc".repeat(1), "abc".repeat(2), "abc".repeat(2.5), "ab".repeat("3"));
println(JSON.stringify("".repeat(100)), JSON.stringify("x".repeat()), JSON.stringify("x".repeat(NaN)), "x".repeat(-0.5));
try { "abc".repeat(-1); } catch (e) { println(e.name); }
try { "abc".repeat(Infinity); } catch (e) { println(e.name); }
try { "".repeat(Infinity); } catch (e) { println(e.name); }
try { "abc".repeat(2 ** 31); } catch (e) { println(e.name); }
try { String.prototype.repeat.call(undefined, 1); } catch (e) { println(e.name); }
println("-".repeat(20).length);
