const src = Object.defineProperty({ a: 1 }, 'h', { value: 2, enumerable: false });
println(JSON.stringify({ ...src }));
