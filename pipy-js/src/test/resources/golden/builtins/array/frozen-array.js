const a = Object.freeze([1, 2, 3]);
try { a.push(4); } catch (e) { println(e.name); }
try { a.pop(); } catch (e) { println(e.name); }
try { a.sort(); } catch (e) { println(e.name); }
try { a.reverse(); } catch (e) { println(e.name); }
try { a.fill(0); } catch (e) { println(e.name); }
try { a.shift(); } catch (e) { println(e.name); }
try { a.splice(0, 1); } catch (e) { println(e.name); }
println(JSON.stringify(a), a.map(x => x).length, a.slice(1).join());
