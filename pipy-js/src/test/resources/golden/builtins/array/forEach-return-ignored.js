println([1, 2].forEach(x => x * 2), typeof [].forEach(() => {}));
