println([1, 2].join(0), [1, 2].join({toString() { return '#'; }}), [1, 2].join([]), [1, [2, [3]]].join('|'), ['a'].join('never'));
