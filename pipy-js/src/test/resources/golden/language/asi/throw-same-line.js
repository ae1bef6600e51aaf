try { throw new Error('same line') } catch (e) { println(e.message) }
