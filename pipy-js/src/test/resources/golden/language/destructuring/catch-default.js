try { throw {}; } catch ({ message = 'default msg' }) { println(message); }
