export default { kind: 'default object' };
