try { Int.parse(12); } catch (e) { println(e.name); }
try { Int.parse('1', '2'); } catch (e) { println(e.name); }
Int.parse();
