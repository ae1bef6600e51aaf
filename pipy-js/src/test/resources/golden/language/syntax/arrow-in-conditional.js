const pick = c => c ? x => 'yes' + x : x => 'no' + x;
println(pick(1)(1), pick(0)(2));
