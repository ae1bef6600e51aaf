var e = new AggregateError([1, 2], 'msg');
println(e.name, e.message, JSON.stringify(e.errors), e instanceof Error);
println(String(e));
println(AggregateError.name, AggregateError.length, Object.getPrototypeOf(AggregateError) === Error);
var e2 = AggregateError(new Set(['x']));
println(e2.message === '', JSON.stringify(e2.errors));
new AggregateError(5);
