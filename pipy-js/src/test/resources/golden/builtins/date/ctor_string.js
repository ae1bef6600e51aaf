println(new Date('2024-03-05').getTime());
println(new Date('2024-03-05T10:20:30Z').toISOString());
println(new Date('not a date').getTime());
