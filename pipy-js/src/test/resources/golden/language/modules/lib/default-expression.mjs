let v = 'first';
export default v;
v = 'second';
export const current = () => v;
