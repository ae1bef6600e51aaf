const builder = {
  steps: [],
  pipeline(f) { f(this); return this; },
  use(x) { this.steps.push(x); return this; },
};
builder.pipeline($=>$
  .use('a')
  .use('b')
).pipeline(($) => $.use('c'));
println(builder.steps.join());
