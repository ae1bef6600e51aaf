println([5].reduceRight((a, b) => a + b), [5].reduceRight((a, b) => a + b, 1), [, 5, ,].reduceRight((a, b) => a + b));
