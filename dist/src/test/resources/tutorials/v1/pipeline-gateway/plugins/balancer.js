// Sends a request to a target of its service, picked by an algo.LoadBalancer per request (or
// per value of the service's sticky header) and given back when the request is done; muxHTTP
// is keyed by the lease, so a lease is an upstream connection. A request without a service
// goes on.
import config from '../config.js'

var balancers = Object.fromEntries(
  Object.entries(config.services).map(
    ([name, service]) => [
      name,
      {
        stickyHeader: service.stickyHeader,
        balancer: new algo.LoadBalancer(
          service.targets, {
            algorithm: service.algorithm || 'round-robin',
            key: t => t.address,
            weight: t => t.weight || 1,
          }
        ),
      }
    ]
  )
)

var $ctx
var $lease

export default pipeline($=>$
  .onStart(ctx => void ($ctx = ctx))
  .handleMessageStart(
    msg => {
      var service = balancers[$ctx.service]
      $lease = service ? service.balancer.allocate(service.stickyHeader && msg.head.headers[service.stickyHeader]) : null
    }
  )
  .pipe(
    () => $lease ? 'forward' : 'next', {
      'forward': $=>$
        .muxHTTP(() => $lease).to($=>$
          .connect(() => $lease.target.address)
        )
        .onEnd(() => $lease.free()),
      'next': $=>$.pipeNext(),
    }
  )
)
