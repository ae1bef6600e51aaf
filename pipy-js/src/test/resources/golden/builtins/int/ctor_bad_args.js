[true, null, undefined, {}, function () {}].forEach(function (v) {
  try { new Int(v); println(typeof v, 'ok'); } catch (e) { println(typeof v, e.name); }
});
try { new Int(); } catch (e) { println('no args', e.name); }
try { new Int('x8', 1); } catch (e) { println('bad type', e.name); }
try { new Int('u8', true); } catch (e) { println('bad value', e.name); }
try { new Int('u8', 1, 'x'); } catch (e) { println('bad high', e.name); }
new Int('i128', 5);
