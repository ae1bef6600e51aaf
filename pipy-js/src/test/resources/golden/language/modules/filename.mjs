import { name } from './lib/filename.mjs';
println(__filename, name);
