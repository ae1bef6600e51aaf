// Tutorial 06 (Pipy 1.x): the listening port, the routes and the services' targets come from
// config.json; routes name services, and each service has a round-robin balancer.
((
  config = JSON.decode(pipy.load('config.json')),
  routes = new algo.URLRouter(config.routes),
  balancers = Object.fromEntries(
    Object.entries(config.services).map(
      ([name, targets]) => [name, new algo.RoundRobinLoadBalancer(targets)]
    )
  ),
) => pipy({
  _borrowed: undefined,
})

  .listen(config.listen)
  .demuxHTTP().to(
    $=>$
    .handleMessageStart(
      msg => _borrowed = balancers[routes.find(msg.head.headers.host, msg.head.path)]?.next?.()
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
