println(['a', 'b'].includes('b'), ['abc'].includes('a'), ['1'].includes(1), [null].includes(undefined), [undefined].includes(null), [0].includes(false));
