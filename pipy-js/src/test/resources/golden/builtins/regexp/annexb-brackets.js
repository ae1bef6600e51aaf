println(/]/.test("]"), /}/.test("}"), /a]/.test("a]"), /{1}a/.test("{1}a") === false, /x{a}/.test("x{a}"), /x{1,a}/.test("x{1,a}"));
try { new RegExp("{1}"); } catch (e) { println(e.name); }
try { new RegExp("a{1}{2}"); } catch (e) { println(e.name); }
println(/\{/.test("{"), /[{}]/.test("}"), /a{ 1}/.test("a{ 1}"));
