class C { #v = 'v'; static get(o) { return o?.#v; } }
println(C.get(new C()), C.get(null));
