println(JSON.stringify('a"b\\c'), JSON.stringify('\n\r\t\b\f'), JSON.stringify('\u0000\u0001\u001f\u007f'), JSON.stringify('\u2028\u2029'), JSON.stringify('é😀'));
println(JSON.stringify('\ud800'), JSON.stringify('\udc00'), JSON.stringify('\ud83d\ude00'), JSON.stringify('\ude00\ud83d'), JSON.stringify('x\udbffy'), JSON.stringify({'\ud800': 1}));
println(JSON.stringify('</script>'), JSON.stringify({'key"q': 1, 'new\nline': 2}));
