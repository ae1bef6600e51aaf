const a = [1, 2, 3]; a.length = '1'; println(a.length, JSON.stringify(a)); a.length = {valueOf: () => 2}; println(a.length);
