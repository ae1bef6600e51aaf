println(String([null, [undefined, [null]]]), String([[], [[]], [[], []]]), [1, [2, 3]] + [4]);
