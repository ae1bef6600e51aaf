import { log } from './log.mjs';
log.push('first');
