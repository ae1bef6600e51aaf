const o = Object.create(null); o.a = 1; println(JSON.stringify(o), Object.keys(o).join(), 'a' in o, Object.prototype.hasOwnProperty.call(o, 'a'));
try { String(o); } catch (e) { println(e.name); }
try { o + ''; } catch (e) { println(e.name); }
