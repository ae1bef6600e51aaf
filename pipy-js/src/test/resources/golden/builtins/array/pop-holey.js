const a = [1, , ]; println(a.length, a.pop(), a.length, a.pop(), a.length);
