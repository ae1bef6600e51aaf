println(typeof Map, Map.length, Map.name);
Map();
