var d = new Date(2024, 2, 5, 10, 20, 30, 45);
println(d.toString());
println(d.toDateString());
println(d.toTimeString());
println(d.toUTCString());
println(d.toGMTString === d.toUTCString, d.toGMTString());
println(String(d) === d.toString(), '' + d === d.toString());
