// An API gateway in Pipy's 0.50 configuration style, modelled on Pipy's tutorials 08 to 19.
//
// Every connection first passes the plugins' 'connection' pipelines; every request then walks
// the plugins' 'request' pipelines in the order config/gateway.json lists them, until one of
// them sets __handled (it answered the request itself, or sent it upstream). The response
// walks back through the 'response' pipelines of the plugins the request went through.
((
  gateway = JSON.decode(pipy.load('config/gateway.json')),
) => pipy()

.export('gateway', {
  __handled: false,
})

.listen(gateway.listen)
  .use(gateway.plugins, 'connection')
  .demuxHTTP('request')

.pipeline('request')
  .use(
    gateway.plugins,
    'request',
    'response',
    () => __handled
  )

)()
