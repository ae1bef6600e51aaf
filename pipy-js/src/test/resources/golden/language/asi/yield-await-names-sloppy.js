var yield_ = 1, await = 2;
println(await + yield_);
