export const shared = 'a';
export const onlyA = 'A';
