package vanban.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --json} option of the commands that can print JSON instead of text; what the JSON
 * holds, when a command needs to say so, is in that command's description.
 */
final class JsonOption {
  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean on;
}
