println(/\t\n\v\f\r/.test("\t\n\v\f\r"), /\0/.test("\0"), /\x41\x62/.test("Ab"), /\u0041/.test("A"), /\u00e9/.test("é"), /[\t]/.test("\t"));
println(/\//.test("/"), /\\/.test("\\"), /\./.test("."), /\./.test("a"), /\*\+\?/.test("*+?"), /\(\)\[\]\{\}/.test("()[]{}"), /\|/.test("|"));
println(new RegExp("\\u{1F600}", "u").test("😀"), new RegExp("\t").test("\t"), new RegExp("\\\\d").test("\\d"), new RegExp("[\\]]").test("]"));
println(/\cA\cZ\ca\cz/.test("\x01\x1a\x01\x1a"), /\x00/.test("\0"), /[\x00-\x1f]/.test("\x1b"), /\u{0}/u.test("\0"));
