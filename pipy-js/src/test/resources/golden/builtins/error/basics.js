const e = new Error('boom');
println(e.message, e.name, String(e), e instanceof Error, Object.prototype.toString.call(e), e.hasOwnProperty('message'), e.hasOwnProperty('name'));
const e2 = Error('no new'); println(e2.message, e2 instanceof Error);
const e3 = new Error(); println(JSON.stringify(e3.message), e3.hasOwnProperty('message'), String(e3));
println(new Error(undefined).hasOwnProperty('message'), new Error(42).message, new Error({toString: () => 'obj'}).message);
