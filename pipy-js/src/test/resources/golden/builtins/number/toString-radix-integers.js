println((2 ** 31).toString(2), (-(2 ** 31)).toString(16), (1e15).toString(36), (9007199254740991).toString(36), (Number.MAX_VALUE).toString(36).length, (4294967295).toString(16));
