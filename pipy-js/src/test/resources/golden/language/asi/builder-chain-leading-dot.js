const o = {
  steps: [],
  add(x) { this.steps.push(x); return this; },
};
o
  .add(1)
  .add(2)
  .add(3)
println(o.steps.join());
