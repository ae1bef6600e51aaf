pipy()

  // Answers every request with its own body.
  .listen(8081)
  .serveHTTP(
    msg => new Message(msg.body)
  )

  // Tells the client what it asked for and where it came from.
  .listen(8082)
  .serveHTTP(
    msg => new Message(
      `You are requesting ${msg.head.path} from ${__inbound.remoteAddress}\n`
    )
  )
