const s = new String('abc');
try { Object.defineProperty(s, 0, {value: 'z'}); } catch (e) { println(e.name); }
Object.defineProperty(s, 0, {value: 'a'}); Object.defineProperty(s, 5, {value: 'f'}); println(s[0], s[5], s.length);
