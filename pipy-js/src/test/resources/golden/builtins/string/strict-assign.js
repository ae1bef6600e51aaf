"use strict";
var s = "abc";
try { s[0] = "x"; } catch (e) { println(e.name); }
try { s.length = 1; } catch (e) { println(e.name); }
try { s.foo = 1; } catch (e) { println(e.name); }
var w = new String("abc");
try { w[0] = "x"; } catch (e) { println(e.name); }
try { delete w[0]; } catch (e) { println(e.name); }
println(s, w[0]);
