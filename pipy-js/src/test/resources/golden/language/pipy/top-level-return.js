println('before');
if (true) {
  try {
    return;
  } finally {
    println('finally runs on top-level return');
  }
}
println('never');
