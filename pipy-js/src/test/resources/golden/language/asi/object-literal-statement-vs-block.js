{ println('block') }
({ a: 1 });
println('ok')
