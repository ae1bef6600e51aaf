println(JSON.stringify([...[, 'a', , 'b'].keys()]), JSON.stringify(Object.keys([, 'a', , 'b'])));
