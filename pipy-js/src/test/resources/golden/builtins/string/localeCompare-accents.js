var words = ["résumé", "resume", "Résumé", "rèsumé", "resumes"];
println(JSON.stringify(words.slice().sort((a, b) => a.localeCompare(b))));
println("a".localeCompare("á"), "á".localeCompare("b"), "e".localeCompare("é"), "Z".localeCompare("a"), "ä".localeCompare("a"));
