function fail() {
  throw new RangeError('out of range');
}
fail();
