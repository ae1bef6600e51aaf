println(typeof notDeclaredAnywhere, typeof notDeclaredAnywhere === 'undefined');
