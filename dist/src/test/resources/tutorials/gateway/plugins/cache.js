// Tutorial 15's response cache on algo.Cache: for the services and path suffixes listed in
// config/cache.json, a successful response is kept for "ttl" seconds per host and path, and
// served from there without asking the upstream again.
((
  config = JSON.decode(pipy.load('config/cache.json')),
  responses = new algo.Cache(null, null, { ttl: config.ttl }),
) => pipy({
  _key: '',
  _hit: null,
})

.import({
  __handled: 'gateway',
  __service: 'router',
})

.pipeline('request')
  .handleMessageStart(
    msg => (
      _key = (
        msg.head.method === 'GET' &&
        config.services[__service]?.some?.(suffix => msg.head.path.endsWith(suffix))
      ) ? msg.head.headers.host + msg.head.path : '',
      _hit = _key ? responses.get(_key) : undefined,
      _hit && (__handled = true)
    )
  )
  .link(
    'hit', () => Boolean(_hit),
    'pass'
  )

.pipeline('hit')
  .replaceMessage(
    () => new Message({ ..._hit.head, headers: { ..._hit.head.headers, 'x-cache': 'hit' } }, _hit.body)
  )

.pipeline('pass')

.pipeline('response')
  .handleMessage(
    msg => _key && (msg.head.status || 200) < 400 && responses.set(_key, msg)
  )

)()
