package vanban.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option every index-using command shares. */
final class IndexOption {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "index",
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path dir;
}
