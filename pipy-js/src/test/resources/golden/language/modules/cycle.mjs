import './cycle/a.mjs';
println('main done');
