const o = {[Symbol.iterator]: function () { let i = 3; return {next: () => ({done: i === 0, value: i--})}; }}; println([...o].join());
