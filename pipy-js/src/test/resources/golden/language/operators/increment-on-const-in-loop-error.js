try { for (const i = 0; i < 1; i++) {} } catch (e) { println(e.name); }
