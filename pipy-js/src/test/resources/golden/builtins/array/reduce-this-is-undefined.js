'use strict';
println([1, 2].reduce(function (a, b) { return this === undefined; }, 0));
