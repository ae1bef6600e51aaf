const log = []; function g() { try { log.push('try'); throw new Error('x'); } catch (e) { log.push('catch'); return 'r'; } finally { log.push('finally'); } }
println(g(), log.join());
