println(hoisted());
function hoisted() { return 'hoisted ok'; }
