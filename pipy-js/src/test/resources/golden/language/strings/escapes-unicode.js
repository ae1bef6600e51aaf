println('\u0041', '\u00e9' === 'é', '\u4e2d\u6587', '\uD83D\uDE00'.length);
