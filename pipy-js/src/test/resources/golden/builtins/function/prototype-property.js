function F() {} const d = Object.getOwnPropertyDescriptor(F, 'prototype'); println(d.writable, d.enumerable, d.configurable, F.prototype.constructor === F);
