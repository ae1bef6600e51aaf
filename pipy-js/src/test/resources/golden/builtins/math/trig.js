const z = x => Object.is(x, -0) ? '-0' : String(x);
println(z(Math.sin(0)), z(Math.sin(-0)), z(Math.cos(0)), z(Math.tan(0)), z(Math.sin(Math.PI / 2)), z(Math.cos(Math.PI)), z(Math.sin(Infinity)), z(Math.atan2(1, 1)), z(Math.atan2(0, -0)), z(Math.atan2(-0, 0)), z(Math.atan2(-0, -0)));
println(z(Math.asin(1)), z(Math.acos(1)), z(Math.atan(Infinity)), z(Math.asin(2)), z(Math.acos(-1)), z(Math.atan(-0)), z(Math.atan2(1, 0)), z(Math.atan2(-1, -Infinity)));
