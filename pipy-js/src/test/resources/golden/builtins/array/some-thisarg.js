println([1].some(function () { return this.x === 1; }, {x: 1}), [1].some(() => this === undefined || true));
