var d = new Date(Date.UTC(2024, 0, 31, 12, 0, 0, 0));
println(d.setUTCMonth(1), d.toISOString());
println(d.setUTCDate(0), d.toISOString());
println(d.setUTCFullYear(2023, 11, 25), d.toISOString());
println(d.setUTCHours(25, 61, 61, 1001), d.toISOString());
println(d.setUTCMinutes(-1), d.toISOString());
println(d.setUTCSeconds(30, 500), d.toISOString());
println(d.setUTCMilliseconds(-1), d.toISOString());
