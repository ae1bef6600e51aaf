export default function named() { return 'named default'; }
export const check = () => typeof named;
