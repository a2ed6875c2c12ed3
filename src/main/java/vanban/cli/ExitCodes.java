package vanban.cli;

/** The exit codes of every command, listed in {@code --help}. */
final class ExitCodes {
  static final int OK = 0;
  /** Some input files could not be read; the others were processed. */
  static final int SOME_FILES_FAILED = 1;
  /** The command line itself was wrong (picocli's usage error code). */
  static final int USAGE = 2;
  /** Nothing could be done: the index cannot be opened or written, or a bug. */
  static final int FATAL = 3;
  /** A query, a symbol or a document found nothing. */
  static final int NOT_FOUND = 4;

  private ExitCodes() {}
}
