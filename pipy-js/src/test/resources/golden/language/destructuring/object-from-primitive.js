const { length, 0: first } = 'str';
const { toFixed } = 5;
println(length, first, typeof toFixed);
