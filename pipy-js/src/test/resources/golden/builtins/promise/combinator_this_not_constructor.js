try { Promise.all.call(undefined, []); } catch (e) { println(e.name); }
try { Promise.race.call({}, []); } catch (e) { println(e.name); }
Promise.reject.call(null, 1);
