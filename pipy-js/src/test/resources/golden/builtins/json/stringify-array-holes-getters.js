const a = [1, 2]; Object.defineProperty(a, 1, {get() { return 'g'; }, enumerable: true}); println(JSON.stringify(a));
