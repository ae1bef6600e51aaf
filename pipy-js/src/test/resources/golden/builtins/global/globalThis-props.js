globalThis.added = 5; println(added, typeof globalThis.println, 'Object' in globalThis, Object.getOwnPropertyDescriptor(globalThis, 'Object').enumerable);
