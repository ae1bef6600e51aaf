function Bad(executor) { executor(undefined, undefined); }
try { Promise.resolve.call(Bad, 1); } catch (e) { println(e.constructor.name); }
function Twice(executor) { executor(function () {}, function () {}); executor(function () {}, function () {}); }
try { Promise.resolve.call(Twice, 1); } catch (e) { println(e.constructor.name); }
