var n = 0;
function step() { if (++n < 5) Promise.resolve().then(step); else println('done', n); }
Promise.resolve().then(step);
