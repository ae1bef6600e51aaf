println(JSON.stringify(JSON.parse('{"a":1,"b":[true,false,null],"c":"s","d":{"e":-1.5e3}}')));
println(JSON.parse('1'), JSON.parse(' "x" '), JSON.parse('true'), JSON.parse('null'), JSON.parse('-0') === 0, Object.is(JSON.parse('-0'), -0), JSON.parse('1E2'), JSON.parse('1e-2'), JSON.parse('0.5'));
println(JSON.parse('[]').length, Object.keys(JSON.parse('{}')).length, JSON.parse(' \t\n\r[ 1 , 2 ] \n').length, JSON.parse(123), JSON.parse(true), JSON.parse(null));
println(JSON.parse('"\\u0041\\n\\t\\"\\\\\\/\\b\\f\\r"') === 'A\n\t"\\/\b\f\r', JSON.parse('"\\ud83d\\ude00"'), JSON.parse('"\\uD800"').length, JSON.parse('"é😀"'));
println(JSON.parse('12345678901234567890'), JSON.parse('1e400'), JSON.parse('-1e-400') === 0, JSON.parse('{"a":1,"a":2}').a);
