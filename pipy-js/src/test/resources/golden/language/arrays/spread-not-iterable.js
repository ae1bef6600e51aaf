try { [...{}]; } catch (e) { println(e.name); }
try { [...5]; } catch (e) { println(e.name); }
