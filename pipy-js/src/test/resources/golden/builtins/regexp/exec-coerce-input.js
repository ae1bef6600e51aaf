var log = [];
var input = { toString() { log.push("toString"); return "xyz"; } };
var re = /y/g;
println(re.exec(input).index, re.lastIndex, log.join());
println(JSON.stringify(/1/.exec(12)), JSON.stringify(/,/.exec([1, 2])), JSON.stringify(/object/.exec({})));
