package vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import vanban.batch.BatchOptions;
import vanban.watch.IndexWatcher;

/** How {@code vanban watch} and {@code vanban serve --watch} watch folders. */
final class WatchOptions {
  @Option(
      names = "--settle-ms",
      paramLabel = "MS",
      defaultValue = "200",
      description =
          "Index a file once it has been quiet this long, so a copy in progress or a burst of"
              + " saves is indexed once, complete (default: ${DEFAULT-VALUE}).")
  long settleMillis;

  @Option(
      names = "--rescan-seconds",
      paramLabel = "S",
      defaultValue = "300",
      description =
          "List the folders again this often, catching changes events miss (network folders,"
              + " events dropped under load) (default: ${DEFAULT-VALUE}).")
  long rescanSeconds;

  @Mixin MaxSizeOption maxSize;

  /** A watcher of {@code roots} writing to {@code indexDir}, logging to {@code out}/{@code err}. */
  IndexWatcher watcher(
      CommandSpec spec, List<Path> roots, Path indexDir, PrintWriter out, PrintWriter err)
      throws java.io.IOException {
    if (settleMillis < 0 || rescanSeconds < 1) {
      throw new ParameterException(
          spec.commandLine(), "--settle-ms must be at least 0 and --rescan-seconds at least 1");
    }
    for (Path root : roots) {
      if (!java.nio.file.Files.isDirectory(root)) {
        throw new ParameterException(spec.commandLine(), root + ": not a folder");
      }
    }
    BatchOptions batch = BatchOptions.smallBatches();
    return new IndexWatcher(
        roots,
        indexDir,
        new IndexWatcher.Options(
            Duration.ofMillis(settleMillis), Duration.ofSeconds(rescanSeconds), maxSize.bytes, batch),
        out,
        err);
  }
}
