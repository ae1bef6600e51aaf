Date.prototype.toJSON.call({ valueOf: function () { return 1; } });
