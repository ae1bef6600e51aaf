println(JSON.stringify([1, 2, 3].filter(function (v) { return v > this.min; }, {min: 1})));
