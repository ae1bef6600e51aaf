// The balancer of tutorial 19: each service picks its algorithm ("algorithm": the name of an
// algo.*LoadBalancer class, round-robin by default) and may be sticky ("sticky": the name of a
// request header; requests with the same value of it always go to the same target). Upstream
// connections are pooled as in balancer-pool.js.
((
  config = JSON.decode(pipy.load('config/services.json')),
  services = Object.fromEntries(
    Object.entries(config.services).map(
      ([name, service]) => [
        name,
        ((balancer) => ({
          balancer,
          sticky: service.sticky,
          // Sticky picks are never given back: the key keeps its target for good.
          pinned: service.sticky && new algo.Cache(() => balancer.select()),
        }))(new algo[service.algorithm || 'RoundRobinLoadBalancer'](service.targets))
      ]
    )
  ),
  ids = { last: 0 },
  pool = new algo.ResourcePool(() => ++ids.last),
) => pipy({
  _key: undefined,
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
        service => service.pinned && _key ? service.pinned.get(_key) : service.balancer.select(),
        (service, target) => service.pinned || service.balancer.deselect(target),
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
    msg => (
      _key = services[__service]?.sticky && msg.head.headers[services[__service].sticky],
      _target = __service in services ? _held.get(services[__service]) : '',
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
