println(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
println(Number.EPSILON === 2 ** -52, Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2, Object.getOwnPropertyDescriptor(Number, 'EPSILON').writable);
