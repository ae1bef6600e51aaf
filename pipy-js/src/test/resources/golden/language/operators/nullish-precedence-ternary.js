println(null ?? 1 ? 'yes' : 'no');
