const g = () => 1; const o = {}; Object.defineProperty(o, 'x', {get: g});
Object.defineProperty(o, 'x', {get: g}); println('same getter ok');
try { Object.defineProperty(o, 'x', {get: () => 2}); } catch (e) { println(e.name); }
try { Object.defineProperty(o, 'x', {set: () => 2}); } catch (e) { println(e.name); }
try { Object.defineProperty(o, 'x', {value: 1}); } catch (e) { println(e.name); }
