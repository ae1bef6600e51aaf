try { new Map([1, 2]); } catch (e) { println(e instanceof TypeError); }
try { new Map(['ab']); } catch (e) { println(e instanceof TypeError); }
new Map([null]);
