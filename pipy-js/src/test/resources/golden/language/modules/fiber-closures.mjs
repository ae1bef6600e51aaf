var $count = 0;
const bump = () => ++$count;
function read() { return $count; }
withNewContext(() => { bump(); bump(); println('A', read()); });
withNewContext(() => { bump(); println('B', read()); });
println('root', read());
