const f = $ => $ + 1;
function g($, $$) { return $ * $$; }
const $x = 3;
println(f(1), g(2, 3), $x);
