// Tutorial, part 6: the proxy of part 5 with its port, routes and server pools read from
// config.json (found next to this script) instead of being written into the code. Change the
// JSON, restart, and the proxy follows; the script stays the same.

((
  config = JSON.decode(pipy.load('config.json')),
  routes = new algo.URLRouter(config.routes),
  balancers = {},
  noRoute = new Message({ status: 404 }, 'No route'),
) => (

  Object.keys(config.services).forEach(
    name => balancers[name] = new algo.RoundRobinLoadBalancer(config.services[name])
  ),

pipy({
  _lease: null,
})

  .listen(config.port)
  .demuxHTTP().to($=>$
    .handleMessageStart(
      req => {
        var service = routes.find(req.head.headers.host, req.head.path)
        var balancer = service ? balancers[service] : undefined
        _lease = balancer ? balancer.next() : null
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

))()
