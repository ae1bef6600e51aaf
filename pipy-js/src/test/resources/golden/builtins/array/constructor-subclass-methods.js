class Stack extends Array { peek() { return this[this.length - 1]; } }
const s = new Stack(); s.push(1, 2); println(s.peek(), s.length, s instanceof Stack, Array.isArray(s), JSON.stringify(s));
const m = s.map(x => x * 2); println(m instanceof Stack, m.peek());
