const proto = [9, 8]; const a = Object.setPrototypeOf([1], proto); println(JSON.stringify([].concat(a)), a.length);
