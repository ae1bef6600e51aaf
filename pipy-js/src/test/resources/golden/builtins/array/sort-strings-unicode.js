println(JSON.stringify(['b', 'B', 'a', 'A', '_', '1', 'ä'].sort()), JSON.stringify(['aa', 'a', 'ab', ''].sort()));
