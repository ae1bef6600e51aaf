var d = new Date(2024, 2, 5, 10, 20, 30, 45);
println(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
println(d.getTimezoneOffset(), d.getYear());
