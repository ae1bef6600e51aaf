println(String(/a/g), /[/]\//.toString(), new RegExp("a/b", "im").toString(), String(new RegExp("")));
println(RegExp.prototype.toString.call({ source: "S", flags: "F" }), String(RegExp.prototype));
try { RegExp.prototype.toString.call(1); } catch (e) { println(e.name); }
println(`${/x/y}`, /a/ + "", [/a/, /b/i].join());
println(Object.prototype.toString.call(/a/), typeof /a/, /a/ instanceof RegExp);
