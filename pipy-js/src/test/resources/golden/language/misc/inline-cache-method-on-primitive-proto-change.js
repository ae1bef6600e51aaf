function up(s) { return s.toUpperCase(); }
const r = [up('a'), up('b')];
const orig = String.prototype.toUpperCase;
String.prototype.toUpperCase = function () { return 'patched'; };
r.push(up('c'));
String.prototype.toUpperCase = orig;
r.push(up('d'));
println(r.join());
