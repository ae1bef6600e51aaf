decodeURIComponent('%zz');
