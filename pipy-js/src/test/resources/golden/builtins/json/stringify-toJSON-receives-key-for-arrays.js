println(JSON.stringify([{toJSON: k => typeof k + k}, {toJSON: k => k}]));
