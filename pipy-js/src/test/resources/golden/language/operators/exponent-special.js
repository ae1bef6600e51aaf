println(NaN ** 0, 1 ** Infinity, (-8) ** (1/3), 0 ** -1, (-0) ** -1);
