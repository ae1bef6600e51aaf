const e = new Error('msg');
println(e.name, e.message, String(e), e instanceof Error, Object.prototype.toString.call(e));
