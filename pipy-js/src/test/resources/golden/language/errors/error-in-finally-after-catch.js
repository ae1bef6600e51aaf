const log = [];
try { try { throw 1; } catch (e) { log.push('c'); } finally { throw 2; } } catch (e) { log.push('outer ' + e); }
println(log.join());
