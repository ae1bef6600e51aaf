// Tutorial 13's idea with networks instead of single addresses: per service, clients in an
// "allow" list of networks get through and nobody else does; failing that, clients in a "deny"
// list are turned away (config/ban.json).
((
  config = JSON.decode(pipy.load('config/ban.json')),
  rules = Object.fromEntries(
    Object.entries(config.services).map(
      ([name, lists]) => [
        name,
        {
          allow: lists.allow && lists.allow.map(cidr => new Netmask(cidr)),
          deny: lists.deny && lists.deny.map(cidr => new Netmask(cidr)),
        }
      ]
    )
  ),
  matches = (masks, ip) => masks.some(mask => mask.contains(ip)),
) => pipy({
  _rule: null,
})

.import({
  __handled: 'gateway',
  __service: 'router',
})

.pipeline('request')
  .handleStreamStart(
    () => (
      _rule = rules[__service],
      __handled = Boolean(
        _rule && (
          _rule.allow ? !matches(_rule.allow, __inbound.remoteAddress) :
          _rule.deny ? matches(_rule.deny, __inbound.remoteAddress) : false
        )
      )
    )
  )
  .link(
    'forbidden', () => __handled,
    'pass'
  )

.pipeline('forbidden')
  .replaceMessage(
    new Message({ status: 403 }, 'Forbidden\n')
  )

.pipeline('pass')

)()
