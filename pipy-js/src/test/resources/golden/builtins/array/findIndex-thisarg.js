println([5, 6].findIndex(function (v) { return v === this.t; }, {t: 6}), [].findIndex(() => true));
