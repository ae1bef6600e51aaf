switch (1) {}
println('ok');
