1 + 1;
'last value';
