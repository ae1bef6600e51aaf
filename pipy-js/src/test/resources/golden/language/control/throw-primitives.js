for (const v of [1, 'str', null, undefined, true]) { try { throw v; } catch (e) { print(String(e), ''); } }
println();
