var $session = 'initial';
export function setSession(v) { $session = v; }
export function getSession() { return $session; }
