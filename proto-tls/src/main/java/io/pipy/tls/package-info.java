/** TLS filters and cryptography for Pipy scripts, on BouncyCastle (bctls, bcpkix). */
package io.pipy.tls;
