const n = 2;
println(`outer ${`inner ${n * 2} ${`deep ${n}`}`} end`);
