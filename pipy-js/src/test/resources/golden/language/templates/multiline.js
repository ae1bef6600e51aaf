const t = `line1
line2
  line3`;
println(t.split('\n').length, JSON.stringify(t));
