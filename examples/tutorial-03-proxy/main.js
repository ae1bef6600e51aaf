// Tutorial, part 3: a reverse proxy on port 8000 in front of the greeting server of part 2
// (localhost:8080).
//
// demuxHTTP() cuts the client's connection into requests, each handled by a sub-pipeline of
// its own; muxHTTP() puts the requests of one client connection back onto one upstream
// connection, made by connect(). Clients may speak HTTP/1.x or HTTP/2: the upstream hears
// HTTP/1.1 either way. With no upstream running, clients get 502 Connection Refused.
//
//   curl -i localhost:8000/    ->  200 and Hi, there!

pipy()
  .listen(8000)
  .demuxHTTP().to(
    $=>$.muxHTTP().to(
      $=>$.connect('localhost:8080')
    )
  )
