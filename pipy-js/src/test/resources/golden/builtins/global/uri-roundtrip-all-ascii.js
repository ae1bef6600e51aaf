let s = ''; for (let i = 0; i < 128; i++) s += String.fromCharCode(i);
println(decodeURIComponent(encodeURIComponent(s)) === s, decodeURI(encodeURI(s)) === s, encodeURIComponent(s).length, encodeURI(s).length);
