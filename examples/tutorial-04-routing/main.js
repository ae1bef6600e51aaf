// Tutorial, part 4: route requests by path to the three servers of part 2.
//
//   /hi/*   ->  localhost:8080  (the greeting)
//   /echo   ->  localhost:8081  (echo)
//   /ip/*   ->  localhost:8082  (what and where from)
//   else    ->  404 "No route"
//
// The router is shared by all requests, so it is made once, outside the pipelines. The target
// found for a request lives in the context variable _upstream: every request gets its own
// copy. muxHTTP() is keyed by that target, so requests for different servers never share an
// upstream connection, even when they arrive on the same client connection.

((
  routes = new algo.URLRouter({
    '/hi/*': 'localhost:8080',
    '/echo': 'localhost:8081',
    '/ip/*': 'localhost:8082',
  }),
  noRoute = new Message({ status: 404 }, 'No route'),
) =>

pipy({
  _upstream: undefined,
})

  .listen(8000)
  .demuxHTTP().to($=>$
    .handleMessageStart(
      req => _upstream = routes.find(req.head.headers.host, req.head.path)
    )
    .branch(
      () => _upstream !== undefined, (
        $=>$.muxHTTP(() => _upstream).to(
          $=>$.connect(() => _upstream)
        )
      ), (
        $=>$.replaceMessage(noRoute)
      )
    )
  )

)()
