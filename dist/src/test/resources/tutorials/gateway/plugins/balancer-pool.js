// The balancer of tutorial 09: round-robin as in balancer-basic.js, plus a pool of upstream
// connections. Each client connection borrows one upstream connection id per target from an
// algo.ResourcePool and returns it when it ends; muxHTTP() is keyed by that id, so concurrent
// clients get upstream connections of their own, and later clients reuse them.
((
  config = JSON.decode(pipy.load('config/services.json')),
  balancers = Object.fromEntries(
    Object.entries(config.services).map(
      ([name, service]) => [name, new algo.RoundRobinLoadBalancer(service.targets)]
    )
  ),
  ids = { last: 0 },
  pool = new algo.ResourcePool(() => ++ids.last),
) => pipy({
  _held: null,
  _borrowed: null,
  _target: '',
})

.import({
  __handled: 'gateway',
  __service: 'router',
})

.pipeline('connection')
  .handleStreamStart(
    () => (
      _held = new algo.Cache(
        balancer => balancer.select(),
        (balancer, target) => balancer.deselect(target),
      ),
      _borrowed = new algo.Cache(
        target => pool.allocate(target),
        (target, id) => pool.free(id),
      )
    )
  )
  .handleStreamEnd(
    () => (
      _borrowed.clear(),
      _held.clear()
    )
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
  .muxHTTP('connect', () => _borrowed.get(_target))

.pipeline('connect')
  .connect(() => _target)

)()
