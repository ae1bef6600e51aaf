import { log } from './order/log.mjs';
import './order/second.mjs';
import './order/first.mjs';
log.push('main');
println(log.join(' > '));
