const e = Error('no new');
println(e instanceof Error, e.message);
