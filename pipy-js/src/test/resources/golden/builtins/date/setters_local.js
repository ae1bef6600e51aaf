var d = new Date(2024, 0, 15, 8, 30);
d.setFullYear(2025); println(d.toISOString());
d.setMonth(5, 30); println(d.toISOString());
d.setDate(31); println(d.toISOString());
d.setHours(0, 0, 0, 0); println(d.toISOString());
d.setMinutes(90); println(d.toISOString());
d.setSeconds(3600); println(d.toISOString());
d.setMilliseconds(1500); println(d.toISOString());
