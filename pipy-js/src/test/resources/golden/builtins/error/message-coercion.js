println(new Error(null).message, new Error(0).message, new Error(false).message, new Error([1, 2]).message, JSON.stringify(new Error('').message));
