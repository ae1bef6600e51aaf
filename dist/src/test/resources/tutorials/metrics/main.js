// Metrics of a small HTTP service, for the admin port's GET /metrics: requests counted by route
// and status, requests in progress, a latency histogram (the latency is read from the path,
// /<ms>, so that the test knows every sample), a counter labelled by a client-chosen header
// (label values need escaping) and, from a task that runs once on every worker, counts and
// gauges that the scrape must sum over the workers.
((
  requests = new stats.Counter('gw_requests_total', ['route', 'status']),
  inProgress = new stats.Gauge('gw_in_progress'),
  latency = new stats.Histogram('gw_latency_ms', [1, 5, 10, 50]),
  byAgent = new stats.Counter('gw_agents_total', ['agent']),
  workers = new stats.Counter('gw_workers_started_total'),
  capacity = new stats.Gauge('gw_capacity'),
) => pipy()

.task()
  .onStart(
    () => (
      workers.increase(),
      capacity.set(10),
      new StreamEnd
    )
  )

.listen(@PORT@)
  .demuxHTTP().to(
    $=>$
    .handleMessageStart(
      msg => (
        inProgress.increase(),
        requests.withLabels(msg.head.path, msg.head.method === 'GET' ? '200' : '405').increase(),
        msg.head.headers['x-agent'] && byAgent.withLabels(msg.head.headers['x-agent']).increase()
      )
    )
    .replaceMessage(
      msg => (
        latency.observe(Number(msg.head.path.substring(1)) || 0),
        inProgress.decrease(),
        new Message('ok\n')
      )
    )
  )

)()
