const a = () => {};
const b = () => ({});
println(typeof a(), typeof b());
