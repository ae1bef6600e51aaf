let counter = 0;
function a() { function b() { return ++counter; } return b(); }
a(); a();
println(counter);
