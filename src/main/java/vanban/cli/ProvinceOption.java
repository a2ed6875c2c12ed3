package vanban.cli;

import picocli.CommandLine.Option;

/** The {@code --province P} filter of the commands that list documents or their obligations. */
final class ProvinceOption {
  @Option(
      names = "--province",
      paramLabel = "P",
      description = "Only documents of this province (accents optional: ha tinh, Hà Tĩnh).")
  String name;
}
