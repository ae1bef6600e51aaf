var s = new Set(['c', 'a', 'b', 'a', 'c']);
println([...s].join(','));
s.delete('c'); s.add('c');
println([...s].join(','));
