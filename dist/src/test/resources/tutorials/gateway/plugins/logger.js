// Tutorial 11's request log: a copy of each request and its response goes, as one JSON line,
// to an HTTP log collector (config/logger.json). The copies travel through fork(); the lines of
// all requests merge into one stream, packed into batches of up to "batch" lines (or whatever
// has come within "flush" seconds) and POSTed to the collector over one connection.
((
  config = JSON.decode(pipy.load('config/logger.json')),
  collector = new URL(config.url),
) => pipy({
  _request: null,
  _started: 0,
})

.export('logger', {
  __logExtra: {},
})

.pipeline('request')
  .fork('copy-request')

.pipeline('response')
  .fork('copy-response')

.pipeline('copy-request')
  .handleMessageStart(
    () => _started = Date.now()
  )
  .handleMessage(
    '256k',
    msg => _request = msg
  )

.pipeline('copy-response')
  .replaceMessage(
    '256k',
    msg => new Message(
      JSON.encode({
        method: _request.head.method,
        path: _request.head.path,
        requestBody: _request.body.toString(),
        status: msg.head.status || 200,
        responseBody: msg.body.toString(),
        client: __inbound.remoteAddress,
        millis: Date.now() - _started,
        ...__logExtra,
      }).push('\n')
    )
  )
  .merge('send', () => '')

.pipeline('send')
  .pack(config.batch, { timeout: config.flush })
  .replaceMessageStart(
    () => new MessageStart({
      method: 'POST',
      path: collector.path,
      headers: {
        'host': collector.host,
        'content-type': 'application/x-ndjson',
      },
    })
  )
  .encodeHTTPRequest()
  .connect(() => collector.host)

)()
