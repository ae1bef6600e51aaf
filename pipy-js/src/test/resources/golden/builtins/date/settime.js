var d = new Date(0);
println(d.setTime('86400000'), d.toISOString());
println(d.setTime(), d.getTime());
println(d.setTime(8.64e15 + 1));
println(d.setTime(12.9), d.getTime());
