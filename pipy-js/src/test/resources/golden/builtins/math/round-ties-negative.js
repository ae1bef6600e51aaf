println([-3.5, -2.5, -1.5, -0.6, 0.6, 1.5, 2.5, 3.5].map(Math.round).join(' '));
