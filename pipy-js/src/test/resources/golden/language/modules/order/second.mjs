import { log } from './log.mjs';
import './first.mjs';
log.push('second');
