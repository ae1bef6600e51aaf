// Sends the request to a target of its service (round-robin per client connection); a request
// without a service goes on to the next plugin.
((
  config = pipy.solve('config.js'),
  balancers = Object.fromEntries(
    Object.entries(config.services).map(
      ([name, targets]) => [name, new algo.RoundRobinLoadBalancer(targets)]
    )
  ),
) => pipy({
  _borrowed: undefined,
})

  .import({
    __service: 'main',
  })

  .pipeline()
  .branch(
    () => Boolean(_borrowed = balancers[__service]?.next?.()), (
      $=>$.muxHTTP(() => _borrowed).to(
        $=>$.connect(() => _borrowed.id)
      )
    ),
    $=>$.chain()
  )

)()
