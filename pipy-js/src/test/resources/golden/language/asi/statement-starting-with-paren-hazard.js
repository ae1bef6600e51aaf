let x = 1
let y = x
;(function () { println('iife ran') })()
println(y)
