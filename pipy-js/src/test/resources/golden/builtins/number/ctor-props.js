const d = Object.getOwnPropertyDescriptor(Number, 'MAX_VALUE'); println(d.writable, d.enumerable, d.configurable, Number.parseFloat === parseFloat);
