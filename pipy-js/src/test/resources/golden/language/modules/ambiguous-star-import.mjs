import './errors/ambiguous.mjs';
