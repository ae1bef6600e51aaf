for (const v of [1, 'str', null, undefined, {a: 1}]) { try { throw v; } catch (e) { println(typeof e, JSON.stringify(e)); } }
