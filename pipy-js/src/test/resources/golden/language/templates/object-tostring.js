const o = { toString() { return 'OBJ'; } };
println(`${o} ${[1, 2]} ${null} ${undefined} ${{}}`);
