// Tutorial 05 (Pipy 0.50): routes lead to round-robin balancers instead of single targets.
// next() borrows a target for the current client connection, so all requests of one
// connection go to the same target and successive connections take turns; muxHTTP() keyed by
// the borrowed target gives each client connection its own upstream connection.
((
  routes = new algo.URLRouter({
    '/hello/*': new algo.RoundRobinLoadBalancer(['127.0.0.1:@HELLO_A@', '127.0.0.1:@HELLO_B@']),
    '/echo': new algo.RoundRobinLoadBalancer(['127.0.0.1:@ECHO@']),
    '/whoami/*': new algo.RoundRobinLoadBalancer(['127.0.0.1:@WHOAMI@']),
  }),
) => pipy({
  _borrowed: null,
})

.listen(@PORT@)
  .demuxHTTP('request')

.pipeline('request')
  .handleMessageStart(
    msg => _borrowed = routes.find(msg.head.headers.host, msg.head.path)?.next?.() || null
  )
  .link(
    'forward', () => _borrowed !== null,
    'no-route'
  )

.pipeline('forward')
  .muxHTTP('connection', () => _borrowed)

.pipeline('connection')
  .connect(() => _borrowed.id)

.pipeline('no-route')
  .replaceMessage(
    new Message({ status: 404 }, 'no route\n')
  )

)()
