import { token } from './side-effect.mjs';
export const same = token;
