const a = [1, 2, 3]; const it = a.values(); it.next(); a.length = 1; println(JSON.stringify(it.next()));
