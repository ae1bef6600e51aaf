const a = {}; a.self = a;
try { JSON.stringify(a); } catch (e) { println(e.name); }
const arr = [1]; arr.push([arr]);
try { JSON.stringify(arr); } catch (e) { println(e.name); }
const shared = {x: 1}; println(JSON.stringify({p: shared, q: shared, r: [shared, shared]}));
const viaToJSON = {toJSON() { return viaToJSON2; }}; const viaToJSON2 = {back: null}; viaToJSON2.back = viaToJSON2;
try { JSON.stringify(viaToJSON); } catch (e) { println(e.name); }
