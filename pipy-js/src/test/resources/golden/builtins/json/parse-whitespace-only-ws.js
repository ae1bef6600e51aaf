for (const s of ['\u00a0[]', '[]\u2028', '\v1', '\f1', ' 1 ']) { try { println(JSON.stringify(JSON.parse(s))); } catch (e) { println(e.name); } }
