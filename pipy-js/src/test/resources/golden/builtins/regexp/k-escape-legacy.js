println(/\k/.test("k"), /\k<a>/.test("k<a>"), /[\k]/.test("k"), /(?<a>x)\k<a>/.test("xx"));
try { new RegExp("(?<a>x)\\k"); } catch (e) { println(e.name); }
try { new RegExp("\\k<a>", "u"); } catch (e) { println(e.name); }
try { new RegExp("(?<a>x)\\k<b>"); } catch (e) { println(e.name); }
