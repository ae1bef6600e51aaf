println(Object.isFrozen(Object.preventExtensions({})), Object.isSealed(Object.preventExtensions({})), Object.isFrozen(Object.preventExtensions({a: 1})));
