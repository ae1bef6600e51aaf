let x = 10;
x += 5; print(x, ''); x -= 3; print(x, ''); x *= 2; print(x, ''); x /= 4; print(x, '');
x %= 4; print(x, ''); x **= 3; print(x, ''); x <<= 2; print(x, ''); x >>= 1; print(x, '');
x |= 1; print(x, ''); x &= 6; print(x, ''); x ^= 3; println(x);
