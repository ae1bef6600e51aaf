println(0o17, 0O777, 0o0);
