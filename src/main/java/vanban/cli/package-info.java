/**
 * The {@code vanban} command line: one small picocli command class per subcommand, no domain
 * logic. Commands write through {@code spec.commandLine().getOut()/getErr()} so tests capture them.
 */
package vanban.cli;
