println(Symbol.for(1) === Symbol.for('1'), Symbol.for(undefined) === Symbol.for('undefined'), Symbol.keyFor(Symbol.for(null)));
