var d = new Date(NaN);
println(d.toString(), d.toDateString(), d.toTimeString(), d.toUTCString());
println(d.toLocaleString(), d.toLocaleDateString(), d.toLocaleTimeString());
println(String(d), d + '');
