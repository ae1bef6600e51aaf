const calls = []; [3, 1, 2].sort((a, b) => { calls.push(typeof a + typeof b); return a - b; }); println(calls.every(c => c === 'numbernumber'));
