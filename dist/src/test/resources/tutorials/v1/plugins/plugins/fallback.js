// The end of the chain: nobody took the request.
pipy()

  .pipeline()
  .replaceMessage(
    msg => new Message({ status: 404 }, `no service for ${msg.head.path}\n`)
  )
