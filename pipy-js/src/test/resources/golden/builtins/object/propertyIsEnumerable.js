const o = {a: 1}; Object.defineProperty(o, 'h', {value: 1});
println(o.propertyIsEnumerable('a'), o.propertyIsEnumerable('h'), o.propertyIsEnumerable('x'), Object.create(o).propertyIsEnumerable('a'));
println([1].propertyIsEnumerable(0), [1].propertyIsEnumerable('length'), 'ab'.propertyIsEnumerable(0), Math.propertyIsEnumerable('PI'));
