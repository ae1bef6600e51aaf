const a = [null, 0];
a[0] ??= 'filled'; a[1] ??= 'not'; a[2] ??= 'new';
println(JSON.stringify(a));
