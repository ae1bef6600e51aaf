println(encodeURIComponent('a b&c=d/e?f#g'), encodeURIComponent("-_.!~*'()"), encodeURIComponent('héllo wörld'), encodeURIComponent('😀'), encodeURIComponent('€'));
println(encodeURIComponent(''), encodeURIComponent(123), encodeURIComponent(null), encodeURIComponent(), encodeURIComponent('\u0000\u007f\u0080\u07ff\u0800\uffff'));
try { encodeURIComponent('\ud800'); } catch (e) { println(e.name, e instanceof URIError); }
try { encodeURIComponent('\udc00x'); } catch (e) { println(e.name); }
try { encodeURIComponent('a\ud800b'); } catch (e) { println(e.name); }
