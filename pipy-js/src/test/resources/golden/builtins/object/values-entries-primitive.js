println(JSON.stringify(Object.values(true)), JSON.stringify(Object.entries('hi')), JSON.stringify(Object.values(12)));
