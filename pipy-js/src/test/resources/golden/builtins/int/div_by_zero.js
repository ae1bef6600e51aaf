try { new Int(1).div(new Int(0)); } catch (e) { println(e.name); }
new Int(1).mod(0);
