switch (1) {
  case 0: let x = 'zero';
  case 1: try { println(x); } catch (e) { println(e.name); }
}
