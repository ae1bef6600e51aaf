const mk = () => ({ a: 1 });
const blk = () => { a: 1 };
println(JSON.stringify(mk()), blk());
