var $v = 'root';
withNewContext(() => {
  $v = 'parent';
  withClonedContext(() => {
    println('clone sees', $v);
    $v = 'child';
    println('clone now', $v);
  });
  println('parent keeps', $v);
});
