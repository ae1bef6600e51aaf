println(decodeURIComponent('a%20b%26c'), decodeURIComponent('h%C3%A9llo'), decodeURIComponent('%F0%9F%98%80'), decodeURIComponent('%e2%82%ac'), decodeURIComponent('%EF%BF%BD'), decodeURIComponent('no escapes'));
println(decodeURIComponent('%3B%2F%3F%23'), decodeURIComponent(encodeURIComponent('round ✓ trip 😀')), decodeURIComponent('%41%42'));
for (const bad of ['%', '%2', '%G0', '%C3', '%C3%28', '%80', '%FF', '%C0%80', '%ED%A0%80', '%F4%90%80%80', '%E2%82', '%E2%82%4', '%F8%80%80%80%80']) {
  try { decodeURIComponent(bad); println('ok?', bad); } catch (e) { println(bad, e.name); }
}
