var all = "";
for (var i = 0; i < 128; i++) all += String.fromCharCode(i);
function chars(re) { return all.split("").filter(c => re.test(c)).map(c => c.charCodeAt(0)).join(","); }
println(chars(/\d/)); println(chars(/\w/)); println(chars(/\s/));
println(chars(/\D/).split(",").length, chars(/\W/).split(",").length, chars(/\S/).split(",").length);
var spaces = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
println(spaces.split("").every(c => /\s/.test(c)), spaces.split("").some(c => /\S/.test(c)), /\s/.test("\u0085"), /\s/.test("\u180e"), /\s/.test("\u200b"));
println(/\w/.test("é"), /\w/.test("ß"), /\d/.test("٣"), /\d/u.test("٣"), /\w/u.test("é"), /\W/.test("é"));
println(/\bfoo\b/.test("a foo b"), /\bfoo\b/.test("afoo"), /\Boo\B/.test("foox"), /\bé/.test(" é"), /a\b/.test("aé"), /\B/.test(""));
println(JSON.stringify("hello world-x_y".match(/\b\w/g)), JSON.stringify("ab cd".split(/\b/)));
