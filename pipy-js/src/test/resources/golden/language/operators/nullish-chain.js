println(null ?? undefined ?? 3);
println(null ?? (0 || 5));
println((null || undefined) ?? 'x');
