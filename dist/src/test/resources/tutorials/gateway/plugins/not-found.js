// The last plugin: whatever no other plugin took gets a 404.
pipy()

.pipeline('request')
  .replaceMessage(
    msg => new Message({ status: 404 }, `no service for ${msg.head.path}\n`)
  )
