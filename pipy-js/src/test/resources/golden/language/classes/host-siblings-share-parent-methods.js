// Two host classes extending one parent share its methods; each binds to its own receivers.
var d = new TestDog(), c = new TestCat();
println(d.speak(), c.speak(), d.speak === c.speak);
try { TestDog.prototype.speak.call(c); println('no error'); } catch (e) { println(e.name); }
