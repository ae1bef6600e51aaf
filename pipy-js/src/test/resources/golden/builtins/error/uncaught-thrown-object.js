throw new TypeError('custom type error');
