const a = Object.freeze([1, 2]); try { a.splice(0, 0); println('no change ok'); } catch (e) { println(e.name); }
