try { throw { code: 7 }; } catch (e) { println(e.code); }
