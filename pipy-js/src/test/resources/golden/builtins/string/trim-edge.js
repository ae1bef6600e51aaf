println(JSON.stringify("".trim()), JSON.stringify(" ".trim()), JSON.stringify("a".trim()), JSON.stringify("\n\na b\t\t".trim()));
println(JSON.stringify("\u00a0x\u00a0".trim()), JSON.stringify("\u3000x\u3000".trimStart()), JSON.stringify("\u3000x\u3000".trimEnd()));
println(JSON.stringify("x\u200b".trim()), JSON.stringify("\u2060x".trim()), JSON.stringify(" \ufeffx".trim()));
