// Tutorial 05 in Pipy 1.x's style: sub-pipelines written inline with .to($=>$...), and
// branch() instead of named pipelines and link(). Same behaviour as ../../load-balancing.
((
  routes = new algo.URLRouter({
    '/hello/*': new algo.RoundRobinLoadBalancer(['127.0.0.1:@HELLO_A@', '127.0.0.1:@HELLO_B@']),
    '/echo': new algo.RoundRobinLoadBalancer(['127.0.0.1:@ECHO@']),
    '/whoami/*': new algo.RoundRobinLoadBalancer(['127.0.0.1:@WHOAMI@']),
  }),
) => pipy({
  _borrowed: undefined,
})

  .listen(@PORT@)
  .demuxHTTP().to(
    $=>$
    .handleMessageStart(
      msg => _borrowed = routes.find(msg.head.headers.host, msg.head.path)?.next?.()
    )
    .branch(
      () => Boolean(_borrowed), (
        $=>$.muxHTTP(() => _borrowed).to(
          $=>$.connect(() => _borrowed.id)
        )
      ), (
        $=>$.replaceMessage(new Message({ status: 404 }, 'no route\n'))
      )
    )
  )

)()
