try { Int.prototype.toBytes.call({}); } catch (e) { println(e.name); }
try { Object.getOwnPropertyDescriptor(Int.prototype, 'width').get.call(5); } catch (e) { println(e.name); }
Int.prototype.add.call(1, 2);
