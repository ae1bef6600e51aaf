println('start');
JSON.parse('[1, 2');
