function r() { return r(); }
r();
