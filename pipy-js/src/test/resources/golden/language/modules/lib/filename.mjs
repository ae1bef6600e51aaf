export const name = __filename;
