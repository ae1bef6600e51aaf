// The last plugin: nobody took the request.
export default pipeline($=>$
  .replaceMessage(
    msg => new Message({ status: 404 }, `no route to ${msg.head.path}\n`)
  )
)
