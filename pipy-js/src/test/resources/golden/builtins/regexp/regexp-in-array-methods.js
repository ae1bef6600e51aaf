var words = ["apple", "Banana", "cherry", "avocado", "Apricot"];
println(words.filter(w => /^a/i.test(w)).join(), words.map(w => w.replace(/[aeiou]/g, "")).join(), words.find(w => /rr/.test(w)));
var re = /a/g;
println(words.filter(w => re.test(w)).join(), re.lastIndex);
