println(`\`tick\` \${not} \u0041 \x42 \n`.length, `a\tb`);
