const b = {
  log: [],
  pipeline() { return this; },
  handle(f) { this.log.push(f('x')); return this; },
  done() { return this.log.join('|'); },
}
const r = b.pipeline()
  .handle($ => $ + 1)
  .handle(
    $ => $.toUpperCase()
  )
  .done()
println(r)
