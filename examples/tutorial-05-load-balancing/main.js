// Tutorial, part 5: routing as in part 4, with each route served by a pool of servers taken in
// turn. /hi/* is served by two different servers of part 2 (8080 greets, 8082 describes the
// request), so successive client connections see the two answers alternate. A client keeps the
// server it was given for as long as its connection lasts: the balancer lends one upstream per
// borrower, and the borrower is the client connection.

((
  pools = new algo.URLRouter({
    '/hi/*': new algo.RoundRobinLoadBalancer(['localhost:8080', 'localhost:8082']),
    '/echo': new algo.RoundRobinLoadBalancer(['localhost:8081']),
    '/ip/*': new algo.RoundRobinLoadBalancer(['localhost:8082']),
  }),
  noRoute = new Message({ status: 404 }, 'No route'),
) =>

pipy({
  _lease: null,
})

  .listen(8000)
  .demuxHTTP().to($=>$
    .handleMessageStart(
      req => {
        var pool = pools.find(req.head.headers.host, req.head.path)
        _lease = pool ? pool.next() : null
      }
    )
    .branch(
      () => _lease !== null, (
        $=>$.muxHTTP(() => _lease).to(
          $=>$.connect(() => _lease.id)
        )
      ), (
        $=>$.replaceMessage(noRoute)
      )
    )
  )

)()
