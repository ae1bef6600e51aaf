export { value, helper as fn };
const value = 'declared after export';
function helper() { return 'helper'; }
