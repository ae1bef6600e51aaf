println(delete 1, delete 'x');
