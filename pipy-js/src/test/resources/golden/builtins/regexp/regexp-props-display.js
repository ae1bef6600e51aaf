var re = /ab+c/gi;
println(re.source, re.flags, re.global, re.lastIndex, String(re), re instanceof Object, typeof re.exec);
println(Object.getOwnPropertyNames(re).join(), JSON.stringify(Object.keys(re)), "lastIndex" in re, re.hasOwnProperty("source"));
re.extra = 1;
println(JSON.stringify(Object.keys(re)), re.extra);
