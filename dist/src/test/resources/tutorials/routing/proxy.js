// Tutorial 04 (Pipy 0.50): a reverse proxy that routes requests by host and path. A path
// ending in /* takes everything under it, the bare prefix included; a route may name a host;
// a request no route takes gets a 404.
((
  routes = new algo.URLRouter({
    '/hello/*': '127.0.0.1:@HELLO_A@',
    '/echo': '127.0.0.1:@ECHO@',
    '/whoami/*': '127.0.0.1:@WHOAMI@',
    'admin.gw.test/*': '127.0.0.1:@HELLO_B@',
  }),
) => pipy({
  _upstream: '',
})

.listen(@PORT@)
  .demuxHTTP('request')

.pipeline('request')
  .handleMessageStart(
    msg => _upstream = routes.find(msg.head.headers.host, msg.head.path) || ''
  )
  .link(
    'forward', () => _upstream !== '',
    'no-route'
  )

.pipeline('forward')
  .muxHTTP('connection', () => _upstream)

.pipeline('connection')
  .connect(() => _upstream)

.pipeline('no-route')
  .replaceMessage(
    msg => new Message({ status: 404 }, `no route to ${msg.head.path}\n`)
  )

)()
