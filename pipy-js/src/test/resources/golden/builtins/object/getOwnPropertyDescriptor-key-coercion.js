const o = {1: 'one', undefined: 'u', null: 'n'};
println(Object.getOwnPropertyDescriptor(o, 1).value, Object.getOwnPropertyDescriptor(o).value, Object.getOwnPropertyDescriptor(o, null).value);
