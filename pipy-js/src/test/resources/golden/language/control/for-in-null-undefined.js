for (const k in null) println('never');
for (const k in undefined) println('never');
println('done');
