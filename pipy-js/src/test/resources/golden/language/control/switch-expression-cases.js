let calls = 0;
const v = () => (calls++, 2);
switch (2) { case 1: break; case v(): println('matched'); break; case v(): println('no'); }
println(calls);
