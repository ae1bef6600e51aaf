Array.prototype[1] = 'fromProto';
const a = [0, , 2];
println(a[1], a.join(), a.indexOf('fromProto'), a.includes('fromProto'), JSON.stringify(a.map(x => x)));
delete Array.prototype[1];
println(a[1], 1 in a);
