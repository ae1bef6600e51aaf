class C { v = 5; get = () => this.v; }
const g = new C().get;
println(g());
