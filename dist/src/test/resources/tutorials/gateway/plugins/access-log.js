// An access log through Pipy's logging API rather than pipelines: a logging.JSONLogger that
// sends its records to an HTTP collector in batches (config/logger.json, "accessLog").
((
  config = JSON.decode(pipy.load('config/logger.json')),
  log = new logging.JSONLogger('access').toHTTP(config.accessLog, {
    batch: { size: config.batch, interval: config.flush, separator: '\n' },
  }),
) => pipy({
  _method: '',
  _path: '',
})

.import({
  __service: 'router',
})

.pipeline('request')
  .handleMessageStart(
    msg => (
      _method = msg.head.method,
      _path = msg.head.path
    )
  )

.pipeline('response')
  .handleMessageStart(
    msg => log.log({
      service: __service,
      method: _method,
      path: _path,
      status: msg.head.status || 200,
    })
  )

)()
