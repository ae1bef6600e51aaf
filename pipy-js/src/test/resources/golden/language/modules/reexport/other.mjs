export const three = 3;
export const one = 'other one';
