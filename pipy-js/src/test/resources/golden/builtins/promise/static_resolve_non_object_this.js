try { Promise.resolve.call(1, 2); } catch (e) { println(e.constructor.name); }
Promise.resolve.call(undefined, 1);
