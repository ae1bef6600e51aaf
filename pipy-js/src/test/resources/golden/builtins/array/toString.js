println([1, [2, 3]].toString(), [].toString(), String([null]), String([undefined, 1]), `${[1, 2]}`, [1, 2] + '');
println(Array.prototype.toString.call({join: () => 'joined'}), Array.prototype.toString.call({}), Array.prototype.toString.call(1));
