/**
 * The {@code pipy} launcher: Pipy's command-line options ({@link io.pipy.cli.CommandLineOptions}),
 * loading the script ({@link io.pipy.cli.ScriptSource}) and running the engine
 * ({@link io.pipy.cli.Main}).
 */
package io.pipy.cli;
