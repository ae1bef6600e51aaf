const o = {
  v: 'o',
  m() { return [1].map(() => this.v)[0]; },
  n() { return (() => () => this.v)()(); },
};
println(o.m(), o.n());
