// A weighted round-robin balancer: of every four client connections, two go to the first
// target and one each to the other two. Each connection borrows its target with next() and
// keeps it for all its requests.
((
  balancer = new algo.RoundRobinLoadBalancer({
    '127.0.0.1:@A@': 2,
    '127.0.0.1:@B@': 1,
    '127.0.0.1:@C@': 1,
  }),
) => pipy({
  _borrowed: undefined,
})

  .listen(@PORT@)
  .demuxHTTP().to(
    $=>$
    .handleMessageStart(() => _borrowed = balancer.next())
    .muxHTTP(() => _borrowed).to(
      $=>$.connect(() => _borrowed.id)
    )
  )

)()
