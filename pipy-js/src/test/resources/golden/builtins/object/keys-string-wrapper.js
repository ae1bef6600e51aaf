const s = new String('ab'); s.extra = 1; println(JSON.stringify(Object.keys(s)), JSON.stringify(Object.getOwnPropertyNames(s)));
