try { Function.prototype.call(); println('call on proto ok'); } catch (e) { println(e.name); }
try { Function.prototype.apply.call(5); } catch (e) { println(e.name); }
try { Function.prototype.bind.call({}); } catch (e) { println(e.name); }
