println([1, 2].reduce((a, b) => String(a) + b, undefined), [].reduce((a, b) => a, undefined), [].reduceRight(() => 0, null));
