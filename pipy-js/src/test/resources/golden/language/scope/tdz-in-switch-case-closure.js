switch (1) { case 1: const f = () => g; let g = 'g'; println(f()); }
