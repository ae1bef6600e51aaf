{ class Inner {} println(typeof Inner); }
println(typeof Inner);
