package vanban.cli;

import picocli.CommandLine.Option;
import vanban.ingest.DocumentReader;

/** The {@code --max-size BYTES} option of the commands that read documents. */
final class MaxSizeOption {
  @Option(
      names = "--max-size",
      paramLabel = "BYTES",
      description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + DocumentReader.DEFAULT_MAX_BYTES)
  long bytes;
}
