var s = Date();
println(typeof s, s.length > 20, s.indexOf('GMT') > 0);
println(typeof Date(0), Date(0) === Date());
