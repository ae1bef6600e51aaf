Promise.any([]).catch(function (e) { println(e.constructor.name, JSON.stringify(e.errors)); });
