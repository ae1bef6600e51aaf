function alpha() { throw new Error('x'); }
function beta() { alpha(); }
try { beta(); } catch (e) { const s = e.stack; println(s.includes('alpha'), s.includes('beta')); }
