println(1 === 1.0, '1' === 1, null === undefined, NaN === NaN, 0 === -0, {} === {});
