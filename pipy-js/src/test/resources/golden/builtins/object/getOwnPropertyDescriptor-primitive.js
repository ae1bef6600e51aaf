println(Object.getOwnPropertyDescriptor(5, 'x'), JSON.stringify(Object.getOwnPropertyDescriptor('ab', 0)), Object.getOwnPropertyDescriptor(true, 'valueOf'));
