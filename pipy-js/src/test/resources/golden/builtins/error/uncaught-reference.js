println('ok');
notDefinedAnywhere + 1;
