const sq = x => x * x;
const add = (a, b) => a + b;
const none = () => 'none';
println(sq(4), add(2, 3), none());
