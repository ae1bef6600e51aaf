var re = /(\d)/g;
println(JSON.stringify("a1b2".match(re)), JSON.stringify(re.exec("a1b2")), JSON.stringify("a1b2".match(/(\d)/)));
var named = "k=v".match(/(?<key>\w)=(?<val>\w)/);
println(named.groups.key, named.groups.val, JSON.stringify(named));
println("".match(/^$/)[0] === "", JSON.stringify("abc".match(/(z)?c/)));
