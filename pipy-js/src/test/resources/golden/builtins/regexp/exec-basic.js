var re = /quick\s(brown).+?(jumps)/i;
var m = re.exec("The Quick Brown Fox Jumps Over The Lazy Dog");
println(JSON.stringify(m), m.index, m.input.length, m.length, m.groups);
println(JSON.stringify(Object.keys(m)));
println(re.lastIndex, Array.isArray(m));
println(/x/.exec("abc"), /(a)?b/.exec("b")[1], /(a)?b/.exec("b").length);
println(JSON.stringify(/a/.exec()), JSON.stringify(/undefined/.exec()), JSON.stringify(/null/.exec(null)), JSON.stringify(/1/.exec(123)));
println(JSON.stringify(/(?:)/.exec("")), /$/.exec("abc").index);
