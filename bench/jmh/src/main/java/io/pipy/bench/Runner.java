package io.pipy.bench;

/** One engine prepared to run one benchmark script. */
interface Runner {

  /** One benchmark operation. */
  Object run();
}
