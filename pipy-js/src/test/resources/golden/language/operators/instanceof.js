class A {} class B extends A {}
println(new B() instanceof A, new A() instanceof B, [] instanceof Array, [] instanceof Object, null instanceof Object);
