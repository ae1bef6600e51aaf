try { null.f; } catch (e) {
  println(e instanceof TypeError, e instanceof Error, e.name, typeof e.message, typeof e.stack);
}
