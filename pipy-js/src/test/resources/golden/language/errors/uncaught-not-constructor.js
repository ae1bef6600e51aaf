const notCtor = 5;
new notCtor();
