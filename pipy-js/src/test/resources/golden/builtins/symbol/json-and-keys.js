const s = Symbol('k'); println(JSON.stringify({[s]: 1, a: s}), JSON.stringify([s]), Object.keys({[s]: 1}).length);
