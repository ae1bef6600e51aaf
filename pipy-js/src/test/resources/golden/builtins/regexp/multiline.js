var text = "first line\nsecond line\r\nthird line\u2028fourth";
println(JSON.stringify(text.match(/^\w+/gm)), JSON.stringify(text.match(/\w+$/gm)), JSON.stringify(text.match(/^\w+/g)));
println(JSON.stringify(text.split(/\r\n|\r|\n|\u2028/)), /line$/.test(text), /fourth$/.test(text));
println(JSON.stringify("a\n\nb".match(/^$/gm)), JSON.stringify("a\n\nb".split(/^/m)));
