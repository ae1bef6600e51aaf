println(parseInt('900719925474099267').toString(), parseInt('1'.repeat(400)), parseInt('f'.repeat(300), 16), parseInt('-' + '9'.repeat(30)));
