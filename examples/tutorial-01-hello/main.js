// Tutorial, part 1: one port, one filter.
//
// serveHTTP() decodes the requests arriving on port 8080 and answers each one with the Message
// it was given. The Message is built once, when the script is loaded, so every client gets the
// very same greeting, whatever the method, path or HTTP version (HTTP/2 included).
//
//   curl localhost:8080/anything        ->  Hi, there!

pipy()
  .listen(8080)
  .serveHTTP(new Message('Hi, there!\n'))
