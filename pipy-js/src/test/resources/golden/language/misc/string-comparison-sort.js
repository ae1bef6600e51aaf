println(['b', 'a', 'C', 'á'].sort().join());
