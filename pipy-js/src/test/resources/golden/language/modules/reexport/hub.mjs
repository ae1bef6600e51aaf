export { one as uno, default as sourceDefault } from './source.mjs';
export * from './source.mjs';
export * as other from './other.mjs';
import { three } from './other.mjs';
export { three };
