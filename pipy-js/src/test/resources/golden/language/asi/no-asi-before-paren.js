const f = () => 'called';
const g = f
('ignored');
println(g);
