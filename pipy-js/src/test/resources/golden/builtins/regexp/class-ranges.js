println(/[a-c-e]/.test("-"), /[a-c-e]/.test("d"), /[\w-.]/.test("."), /[.-\w]/.test("-"), /[0-9a-fA-F]+/.exec("xyz0fFg")[0]);
println(/[\u0000-\u001f]/.test("\x1f"), /[\u{1F600}-\u{1F602}]/u.test("😁"), /[^\u{1F600}]/u.test("😀"), /[😀-😂]/u.test("😁"));
println(/[\x20-\x7e]+/.exec("\x01hello world\x7f")[0], /[^-]/.test("-"), /[-]/.test("-"), /[\--\/]/.test("."));
try { new RegExp("[😀-😂]"); println("ok"); } catch (e) { println(e.name); }
