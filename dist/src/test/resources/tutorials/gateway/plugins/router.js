// Finds the service for a request by host and path (config/routes.json), and rewrites the
// path when the route says so: { "service": "name", "rewrite": ["regexp", "replacement"] }.
((
  config = JSON.decode(pipy.load('config/routes.json')),
  router = new algo.URLRouter(
    Object.fromEntries(
      Object.entries(config.routes).map(
        ([pattern, route]) => [
          pattern,
          typeof route === 'string' ? { service: route } : {
            service: route.service,
            rewrite: route.rewrite && [new RegExp(route.rewrite[0]), route.rewrite[1]],
          },
        ]
      )
    )
  ),
) => pipy({
  _route: null,
})

.export('router', {
  __service: '',
})

.pipeline('request')
  .handleMessageStart(
    msg => (
      _route = router.find(msg.head.headers.host, msg.head.path),
      __service = _route?.service || '',
      _route?.rewrite && (
        msg.head.path = msg.head.path.replace(_route.rewrite[0], _route.rewrite[1])
      )
    )
  )

)()
