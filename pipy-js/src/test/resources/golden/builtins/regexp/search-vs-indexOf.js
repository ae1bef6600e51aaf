var s = "Price: $42.50 (tax incl.)";
println(s.search(/\$/), s.indexOf("$"), s.search("\\$"), s.search(/\d+\.\d+/), s.search(/\(.*\)/), s.search(/[A-Z]/g), s.search(/x/));
