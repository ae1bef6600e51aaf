println(new Date(8.64e15).toISOString());
println(new Date(-8.64e15).toISOString());
println(new Date(8.64e15 + 1).getTime(), new Date(-8.64e15 - 1).getTime());
println(new Date(Infinity).getTime(), new Date(-Infinity).getTime());
println(Object.is(new Date(-0).getTime(), 0));
println(Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 13, 0, 0, 0, 1));
