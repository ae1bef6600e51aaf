export const shared = 'b';
export const onlyB = 'B';
