const s = Symbol('sym');
class C { ['a' + 'b']() { return 'ab'; } [s]() { return 'sym'; } static ['st']() { return 'st'; } }
println(new C().ab(), new C()[s](), C.st());
