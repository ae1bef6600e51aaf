try { JSON.stringify({get a() { throw new RangeError('getter'); }}); } catch (e) { println(e.name, e.message); }
try { JSON.stringify({toJSON() { throw new SyntaxError('tojson'); }}); } catch (e) { println(e.name, e.message); }
try { JSON.stringify(1, () => { throw new TypeError('replacer'); }); } catch (e) { println(e.name, e.message); }
try { JSON.stringify({a: {valueOf() { throw 1; }}}); println('no valueOf call'); } catch (e) { println('called'); }
try { JSON.stringify(new Number(1), null); JSON.stringify({n: Object.assign(new Number(5), {valueOf() { return 42; }})}) === '{"n":42}' ? println('valueOf used') : println('not used'); } catch (e) { println(e.name); }
