println('side effect runs once');
export const token = {};
