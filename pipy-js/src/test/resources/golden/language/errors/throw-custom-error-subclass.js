class ValidationError extends Error {
  constructor(field) { super('invalid ' + field); this.name = 'ValidationError'; this.field = field; }
}
try { throw new ValidationError('age'); } catch (e) { println(e.name, e.message, e.field, String(e)); }
