println(JSON.parse('{"a":1}', () => undefined), JSON.stringify(JSON.parse('[1,2]', (k, v) => k === '' ? v : undefined)));
