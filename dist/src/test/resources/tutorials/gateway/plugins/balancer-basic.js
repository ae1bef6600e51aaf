// The balancer of tutorial 08: a round-robin balancer per service (config/services.json).
// A client connection keeps the target it was given for a service: the targets it holds sit
// in a per-connection algo.Cache (select() to take one, deselect() to give it back when the
// connection ends). All requests to one target share one upstream connection, because
// muxHTTP() is keyed by the target's address.
((
  config = JSON.decode(pipy.load('config/services.json')),
  balancers = Object.fromEntries(
    Object.entries(config.services).map(
      ([name, service]) => [name, new algo.RoundRobinLoadBalancer(service.targets)]
    )
  ),
) => pipy({
  _held: null,
  _target: '',
})

.import({
  __handled: 'gateway',
  __service: 'router',
})

.pipeline('connection')
  .handleStreamStart(
    () => _held = new algo.Cache(
      balancer => balancer.select(),
      (balancer, target) => balancer.deselect(target),
    )
  )
  .handleStreamEnd(
    () => _held.clear()
  )

.pipeline('request')
  .handleMessageStart(
    () => (
      _target = __service in balancers ? _held.get(balancers[__service]) : '',
      _target && (__handled = true)
    )
  )
  .link(
    'upstream', () => Boolean(_target),
    ''
  )

.pipeline('upstream')
  .muxHTTP('connect', () => _target)

.pipeline('connect')
  .connect(() => _target)

)()
