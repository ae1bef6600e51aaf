// A gateway in Pipy 1.x's pipeline style, modelled on Pipy's samples/gateway: each request
// goes through the plugin modules listed in config.yml, each the default export of its file,
// with a context object shared by the plugins of that request.
import config from './config.js'

var plugins = config.plugins.map(
  name => pipy.import(`./plugins/${name}.js`).default
)

var $ctx

pipy.listen(config.listen, $=>$
  .demuxHTTP().to($=>$
    .onStart(() => void ($ctx = { service: undefined }))
    .pipe(plugins, () => $ctx)
  )
)
