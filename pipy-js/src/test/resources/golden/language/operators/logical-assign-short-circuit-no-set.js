let sets = 0;
const o = { get p() { return 1; }, set p(v) { sets++; } };
o.p ||= 2; o.p ??= 3; println(sets);
o.p &&= 4; println(sets);
