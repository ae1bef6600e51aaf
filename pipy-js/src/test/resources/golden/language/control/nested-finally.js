const log = [];
try { try { throw 'in'; } finally { log.push('inner'); } } catch (e) { log.push('caught ' + e); } finally { log.push('outer'); }
println(log.join());
