// Finds the service for the request, then hands it to the next plugin.
((
  config = pipy.solve('config.js'),
  routes = new algo.URLRouter(config.routes),
) => pipy()

  .import({
    __service: 'main',
  })

  .pipeline()
  .handleMessageStart(
    msg => __service = routes.find(msg.head.headers.host, msg.head.path)
  )
  .chain()

)()
