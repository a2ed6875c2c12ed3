package vanban.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vanban.batch.BatchOptions;
import vanban.batch.IndexJob;
import vanban.batch.IndexSummary;
import vanban.batch.ProgressListener;
import vanban.batch.TerminalProgress;
import vanban.json.Json;

/** {@code vanban index [PATH…]}: brings the index up to date with files and folders. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts and indexes documents (.txt .md .html .docx .doc .pdf). New files are added,"
          + " changed ones updated, files gone from an indexed folder deleted, unchanged ones"
          + " skipped. A file that cannot be read is reported as 'path: reason' and skipped;"
          + " the index keeps what it held."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all files indexed", "1:some files failed", "3:the index cannot be written"})
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;
  @Mixin SolrOption solr;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files or folders to index (default: corpus).")
  List<Path> paths = new ArrayList<>();

  @Mixin JsonOption json;

  @Option(names = "--full", description = "Re-extract every file, changed or not.")
  boolean full;

  @Mixin MaxSizeOption maxSize;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extractor threads (default: the number of processors).")
  Integer threads;

  @Option(
      names = "--commit-every",
      paramLabel = "DOCS",
      defaultValue = "" + BatchOptions.DEFAULT_COMMIT_EVERY,
      description =
          "Commit after this many documents; a crash redoes at most these (default:"
              + " ${DEFAULT-VALUE}). Local index only: --solr and --zk commit once, at the end.")
  int commitEvery;

  @Option(
      names = "--commit-seconds",
      paramLabel = "S",
      defaultValue = "" + BatchOptions.DEFAULT_COMMIT_SECONDS,
      description =
          "Commit at least this often while indexing (default: ${DEFAULT-VALUE}). Local index"
              + " only.")
  int commitSeconds;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar (there is none when stderr is not a terminal).")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    List<Path> roots = paths.isEmpty() ? List.of(Path.of("corpus")) : paths;
    BatchOptions options;
    try {
      options =
          new BatchOptions(
              threads != null ? threads : BatchOptions.defaultThreads(),
              commitEvery,
              Duration.ofSeconds(commitSeconds));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
    }
    // System.console() is null unless the process talks to a terminal: no bar in pipes and logs.
    ProgressListener progress =
        !quiet && System.console() != null ? new TerminalProgress(System.err) : ProgressListener.NONE;
    IndexSummary summary = new IndexJob(() -> solr.writing(index), maxSize.bytes, full, options, progress).run(roots);
    String target = solr.describe(index);
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    for (IndexSummary.Failure f : summary.failed()) {
      err.println(f.path() + ": " + f.reason());
    }
    if (json.on) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("added", summary.added());
      m.put("updated", summary.updated());
      m.put("deleted", summary.deleted());
      m.put("unchanged", summary.unchanged());
      m.put("failed", summary.failed());
      out.println(Json.compact(m));
    } else {
      out.printf(
          "indexed into %s: %d added, %d updated, %d deleted, %d unchanged, %d failed%n",
          target, summary.added(), summary.updated(), summary.deleted(), summary.unchanged(),
          summary.failed().size());
    }
    out.flush();
    err.flush();
    return summary.failed().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FILES_FAILED;
  }
}
