println(Math.sin(1), Math.cos(1), Math.tan(1), Math.sin(1e10), Math.cos(-1e-10), Math.tan(Math.PI / 4), Math.asin(0.5), Math.acos(0.5), Math.atan(1));
