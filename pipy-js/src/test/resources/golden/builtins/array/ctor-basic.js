println(JSON.stringify(Array(3)), Array(3).length, 0 in Array(3));
println(JSON.stringify(Array(1, 2)), JSON.stringify(new Array('3')), JSON.stringify(Array()));
println(JSON.stringify(new Array(2.0)), Array.length, Array.name);
try { new Array(-1); } catch (e) { println(e.name); }
try { Array(1.5); } catch (e) { println(e.name); }
try { Array(4294967296); } catch (e) { println(e.name); }
println(Array.prototype.constructor === Array, Array.isArray(Array.prototype));
