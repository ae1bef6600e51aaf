try { Array.from(null); } catch (e) { println(e.name); }
try { Array.from(undefined); } catch (e) { println(e.name); }
try { Array.from({[Symbol.iterator]: 1}); } catch (e) { println(e.name); }
try { Array.from({[Symbol.iterator]() { return 1; }}); } catch (e) { println(e.name); }
