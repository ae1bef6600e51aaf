var $ = 'plain dollar is not a fiber variable';
var $$ = 'nor is $$';
const f = $ => $ + 1;
function g($x) { var $inner = $x; return $inner; }
withNewContext(() => { $ = 'changed'; });
println($, $$, f(1), g(5));
