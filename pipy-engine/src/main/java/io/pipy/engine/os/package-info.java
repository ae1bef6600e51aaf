/** {@code os}: environment, platform, files, directories, file stats, processes and {@code os.path}. */
package io.pipy.engine.os;
