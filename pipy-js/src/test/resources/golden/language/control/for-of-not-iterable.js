try { for (const x of {}) {} } catch (e) { println(e.name); }
try { for (const x of 5) {} } catch (e) { println(e.name); }
