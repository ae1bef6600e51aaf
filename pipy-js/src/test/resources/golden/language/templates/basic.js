const a = 1, b = 'two';
println(`a=${a} b=${b} sum=${a + 2}`);
println(`no subs`, ``, `${''}`);
