function f(a) {} println(f.hasOwnProperty('length'), f.hasOwnProperty('name'), f.hasOwnProperty('prototype'), (() => 1).hasOwnProperty('prototype'), f.hasOwnProperty('call'));
