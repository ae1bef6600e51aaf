const e = new Error('outer', { cause: 'inner' });
println(e.cause);
