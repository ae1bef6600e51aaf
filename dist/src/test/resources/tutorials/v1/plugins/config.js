// Evaluated once with pipy.solve(): every module that solves it shares the one result.
JSON.decode(pipy.load('config.json'))
