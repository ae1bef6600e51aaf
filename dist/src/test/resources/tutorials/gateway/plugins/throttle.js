// Tutorial 14: a request rate limit per service (config/throttle.json, requests per second).
// Requests over the limit wait their turn; they are not refused. This uses the older form
// throttleMessageRate(limit, account) that tutorial 14 shows: one allowance per account, here
// per service, shared by all connections.
((
  config = JSON.decode(pipy.load('config/throttle.json')),
) => pipy({
  _limit: 0,
})

.import({
  __service: 'router',
})

.pipeline('request')
  .handleStreamStart(
    () => _limit = config.services[__service]?.requestsPerSecond || 0
  )
  .link(
    'limited', () => _limit > 0,
    'pass'
  )

.pipeline('limited')
  .throttleMessageRate(
    () => _limit,
    () => __service,
  )

.pipeline('pass')

)()
