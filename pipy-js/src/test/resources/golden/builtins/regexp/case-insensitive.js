println(/abc/i.test("ABC"), /[a-z]+/i.exec("HeLLo")[0], /[^a]/i.test("A"), /[^a-z]/i.test("Q"), /ß/i.test("ẞ"), /σ/i.test("Σ"));
println(/é/i.test("É"), /ǅ/i.test("ǆ"), /[à-å]/i.test("Ä"), /\u0130/i.test("i"), /\w/i.test("K"), /(a)\1/i.test("aA"));
println(/Σ/iu.test("ς"), /σ/i.test("ς"), /[\u00e0-\u00ff]/i.test("\u00c0"), /[A-Z]/i.test("_"), /[Z-a]/i.test("_"));
println(/\u{1F600}/iu.test("😀"), /[\u{10400}]/iu.test("\u{10428}"), /Ą/i.test("ą"), /ω/iu.test("Ω"));
println(JSON.stringify("Aa aA".match(/aa/gi)), "xXx".replace(/x/gi, "-"));
