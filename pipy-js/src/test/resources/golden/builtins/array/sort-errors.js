try { [1, 2].sort('no'); } catch (e) { println(e.name); }
try { [1, 2].sort(null); } catch (e) { println(e.name); }
try { [2, 1].sort({}); } catch (e) { println(e.name); }
println(JSON.stringify([2, 1].sort(undefined)));
try { [2, 1].sort(() => { throw new RangeError('x'); }); } catch (e) { println(e.name); }
