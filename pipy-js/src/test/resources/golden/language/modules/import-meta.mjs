import { metaUrl } from './lib/meta.mjs';
println(typeof import.meta, import.meta === import.meta, metaUrl.endsWith('lib/meta.mjs'));
