var d = new Date(0);
println(d.getTime(), d.toISOString());
println(new Date(1709634030045).toISOString());
println(new Date(-1).toISOString());
println(new Date(1.9).getTime(), new Date(-1.9).getTime());
