println(JSON.stringify({'\u0000': 1, 'é': 2, '\ud800': 3, '"': 4}));
