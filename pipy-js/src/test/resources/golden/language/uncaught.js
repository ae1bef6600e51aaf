println('before');
function boom() {
  null.foo;
}
boom();
