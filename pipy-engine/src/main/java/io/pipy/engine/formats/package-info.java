/**
 * {@code YAML}, {@code XML} (with {@code XML.Node}), {@code IP}, {@code IPMask} (also known as
 * {@code Netmask}) and {@code IPEndpoint}, written without libraries beyond the JDK. Parsing
 * follows what Pipy gives scripts (YAML scalars as strings, XML text in expat's pieces).
 */
package io.pipy.engine.formats;
