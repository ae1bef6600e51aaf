function t(s) { return s[0] === undefined ? 'undef ' + s.raw[0] : s[0]; }
println(t`\unicode`, t`\xzz`, t`ok`);
