// Sets ctx.service from the host and path, rewriting the path when the route says so.
import config from '../config.js'

var routes = new algo.URLRouter(
  Object.fromEntries(
    Object.entries(config.routes).map(
      ([pattern, { service, rewrite }]) => [
        pattern,
        { service, rewrite: rewrite && [new RegExp(rewrite[0]), rewrite[1]] },
      ]
    )
  )
)

var $ctx

export default pipeline($=>$
  .onStart(ctx => void ($ctx = ctx))
  .handleMessageStart(
    msg => {
      var route = routes.find(msg.head.headers.host, msg.head.path)
      if (route?.rewrite) msg.head.path = msg.head.path.replace(route.rewrite[0], route.rewrite[1])
      $ctx.service = route?.service
    }
  )
  .pipeNext()
)
