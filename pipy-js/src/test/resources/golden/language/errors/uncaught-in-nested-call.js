function a() { return b(); }
function b() { return undefined.prop; }
a();
