package vanban.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one line on stderr and exit code 3. I/O
 * problems (an index folder that cannot be written) are the user's to fix, so they get no stack
 * trace; anything else is a bug and keeps its trace.
 */
final class FatalErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      cli.getErr().println("vanban: " + e.getMessage());
    } else {
      cli.getErr().println("vanban: internal error: " + e);
      e.printStackTrace(cli.getErr());
    }
    cli.getErr().flush();
    return ExitCodes.FATAL;
  }
}
