// Tutorial 07 (Pipy 1.x): each request goes through a chain of plugin modules (config.json,
// "plugins"); a plugin passes the request on with chain(), or answers it itself.
((
  config = pipy.solve('config.js'),
) => pipy()

  .export('main', {
    __service: undefined,
  })

  .listen(config.listen)
  .demuxHTTP().to(
    $=>$.chain(config.plugins)
  )

)()
