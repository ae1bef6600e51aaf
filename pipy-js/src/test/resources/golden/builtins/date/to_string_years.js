println(new Date(Date.UTC(-1, 0, 1)).toString());
println(new Date(Date.UTC(12345, 0, 1)).toUTCString());
println(new Date(Date.UTC(5, 0, 1) - 62135596800000 * 0).toUTCString());
println(new Date(8.64e15).toString());
println(new Date(-8.64e15).toUTCString());
