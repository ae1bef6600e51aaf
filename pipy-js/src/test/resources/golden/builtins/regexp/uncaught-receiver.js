var exec = RegExp.prototype.exec;
println(typeof exec);
exec.call({ source: "a" }, "a");
