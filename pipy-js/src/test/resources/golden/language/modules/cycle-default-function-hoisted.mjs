import './cycle2/a.mjs';
