var a = 1
var b = 2
let c = a
+ b
println(c)
