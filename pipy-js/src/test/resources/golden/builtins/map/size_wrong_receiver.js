var d = Object.getOwnPropertyDescriptor(Map.prototype, 'size');
d.get.call(new Set());
