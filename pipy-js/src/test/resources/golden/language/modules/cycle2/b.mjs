import run from './a.mjs';
export const fromB = run();
println('b called', fromB, run.name);
