var d = new Date(Date.UTC(2024, 2, 5, 10, 20, 30));
println(Date.parse(d.toString()) === d.getTime());
println(Date.parse(d.toUTCString()) === d.getTime());
println(Date.parse(d.toISOString()) === d.getTime());
println(Date.parse('Tue Mar 05 2024 10:20:30 GMT+0000 (Coordinated Universal Time)'));
println(Date.parse('Tue, 05 Mar 2024 10:20:30 GMT'));
println(Date.parse('Tue Mar 05 2024'));
