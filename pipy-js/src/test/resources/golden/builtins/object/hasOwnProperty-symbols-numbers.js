const s = Symbol(); const o = {[s]: 0, 0: 0, '1.5': 0};
println(o.hasOwnProperty(s), o.hasOwnProperty(0), o.hasOwnProperty('0'), o.hasOwnProperty(1.5), o.hasOwnProperty({toString: () => '0'}));
