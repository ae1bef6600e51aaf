pipy().listen(8080).serveHTTP(new Message('Hi, there!\n'))
