const o = {};
try { Object.defineProperty(o, 'a', {value: 1, get() {}}); } catch (e) { println(e.name); }
try { Object.defineProperty(o, 'a', {writable: true, set() {}}); } catch (e) { println(e.name); }
try { Object.defineProperty(o, 'a', {get: 5}); } catch (e) { println(e.name); }
try { Object.defineProperty(o, 'a', 5); } catch (e) { println(e.name); }
try { Object.defineProperty(o, 'a'); } catch (e) { println(e.name); }
try { Object.defineProperty(1, 'a', {}); } catch (e) { println(e.name); }
Object.defineProperty(o, 'fixed', {value: 1});
try { Object.defineProperty(o, 'fixed', {value: 2}); } catch (e) { println(e.name); }
try { Object.defineProperty(o, 'fixed', {enumerable: true}); } catch (e) { println(e.name); }
try { Object.defineProperty(o, 'fixed', {get() {}}); } catch (e) { println(e.name); }
try { Object.defineProperty(o, 'fixed', {configurable: true}); } catch (e) { println(e.name); }
Object.defineProperty(o, 'fixed', {value: 1, writable: false}); println('same value ok');
