println(JSON.stringify([3, 1, 2].sort()), JSON.stringify([10, 9, 1, 100].sort()), JSON.stringify(['b', 'a', 'C', 'B'].sort()));
println(JSON.stringify([true, false, null, 'null', 1].sort()), JSON.stringify([-1, -2, 0, 5].sort()));
println(JSON.stringify(['\u00e9', 'e', 'z', '\ud83d\ude00', '\uffff'].sort()));
