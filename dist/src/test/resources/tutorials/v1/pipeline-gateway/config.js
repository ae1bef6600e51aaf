// Read once: every module importing this file shares the one result.
export default YAML.decode(pipy.load('config.yml'))
