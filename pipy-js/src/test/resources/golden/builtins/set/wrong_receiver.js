try { Set.prototype.add.call(new Map(), 1); } catch (e) { println(e.constructor.name); }
try { Set.prototype.has.call([], 1); } catch (e) { println(e.constructor.name); }
Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.call(new Map());
