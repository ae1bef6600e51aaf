class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
try { throw new MyErr('boom'); } catch (e) { println(e.name, e.message, e instanceof Error, e instanceof MyErr); }
