println(Object.is(-0, 0), Object.is(0 * -1, -0), 1 / -0, String(-0), JSON.stringify(-0), (-0).toString());
