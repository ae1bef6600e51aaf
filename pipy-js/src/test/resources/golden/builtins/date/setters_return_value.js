var d = new Date(0);
println(d.setTime(1000), d.setMilliseconds(5), d.setSeconds(2), d.setMinutes(1), d.setHours(1), d.setDate(2), d.setMonth(1), d.setFullYear(1971));
