package vanban.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --threads N} option of the commands that extract documents to score them. */
final class ExtractionThreadsOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads (default: every processor).")
  int count = Runtime.getRuntime().availableProcessors();

  /**
   * The number of threads asked for.
   *
   * @throws ParameterException of the command using the option when it is below 1
   */
  int count() {
    if (count < 1) {
      throw new ParameterException(command.commandLine(), "--threads must be at least 1");
    }
    return count;
  }
}
