println(JSON.stringify({a: [{b: [1, {c: {}}]}, []]}, null, '\t'));
