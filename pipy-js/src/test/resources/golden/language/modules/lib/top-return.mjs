export const x = 'x';
if (x) return;
export const y = 'y';
