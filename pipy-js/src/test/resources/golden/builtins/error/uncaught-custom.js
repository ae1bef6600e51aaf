function f() { throw new RangeError('out of range'); }
f();
