package vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vanban.evaluate.GoldRun;
import vanban.evaluate.JudgedQueries;
import vanban.evaluate.JudgedQuery;
import vanban.evaluate.SearchEvaluator;
import vanban.evaluate.SearchReport;
import vanban.ingest.CorpusWalker;

/** {@code vanban evaluate-search}: scores ranking on judged queries, beside plain Lucene. */
@Command(
    name = "evaluate-search",
    mixinStandardHelpOptions = true,
    description = {
      "Indexes the documents of the given folders twice — with vanban, and with plain Lucene"
          + " (StandardAnalyzer, BM25) as the baseline — runs every judged query on both, as typed"
          + " and with its diacritics stripped, and prints nDCG@10 and MRR@10 of each, for the"
          + " tuning queries, the held-out queries and all. Then strips sentences of the"
          + " documents of their diacritics and prints how many syllables the restorer puts back"
          + " right.",
      "Queries and grades: devset/search/queries.tsv and judgments.tsv, made by the rules of"
          + " devset/search/JUDGING.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:scored",
      "1:some documents could not be read (listed; they rank nowhere)",
      "2:bad command line, or unreadable queries or grades"
    })
final class EvaluateSearchCommand implements Callable<Integer> {
  /** Sentences stripped and restored to measure the restorer (taken evenly over the corpus). */
  static final int RESTORED_SENTENCES = 2000;

  @Spec CommandSpec spec;

  @Option(
      names = "--queries",
      paramLabel = "FILE",
      defaultValue = "devset/search/queries.tsv",
      description = "The judged queries (default: ${DEFAULT-VALUE}).")
  Path queries;

  @Option(
      names = "--judgments",
      paramLabel = "FILE",
      defaultValue = "devset/search/judgments.tsv",
      description = "Their grades (default: ${DEFAULT-VALUE}).")
  Path judgments;

  @Option(
      names = "--docs",
      paramLabel = "DIR",
      split = ",",
      defaultValue = "corpus,devset/docs",
      description = "Folders of documents to search (default: ${DEFAULT-VALUE}).")
  List<Path> docs;

  @Option(
      names = "--per-query",
      description =
          "Also print each tuning query's figures and vanban's top hits with their grades"
              + " (held-out queries too with --held-out).")
  boolean perQuery;

  @Option(
      names = "--held-out",
      description = "With --per-query, list the held-out queries as well (spoils them for tuning).")
  boolean heldOut;

  @Mixin ExtractionThreadsOption threads;

  @Mixin MaxSizeOption maxSize;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int threadCount = threads.count();
    for (Path f : List.of(queries, judgments)) {
      if (!Files.isRegularFile(f)) {
        throw new ParameterException(spec.commandLine(), f + ": no such file");
      }
    }
    for (Path d : docs) {
      if (!Files.isDirectory(d)) {
        throw new ParameterException(spec.commandLine(), d + ": no such folder");
      }
    }
    List<JudgedQuery> judged;
    try {
      judged = JudgedQueries.read(queries, judgments);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    CorpusWalker.Listing listing = CorpusWalker.list(docs);
    Map<String, Path> files = GoldRun.byFileName(listing.files());
    for (CorpusWalker.IngestFailure f : listing.failures()) {
      err.println(f);
    }
    GoldRun.Processed processed = GoldRun.process(files, maxSize.bytes, threadCount);
    processed.failures().forEach((name, reason) -> err.println(name + ": " + reason));
    err.flush();
    try (SearchEvaluator evaluator = SearchEvaluator.build(processed.documents())) {
      List<SearchEvaluator.QueryResult> results = evaluator.run(judged);
      SearchReport.print(results, processed.documents().size(), out);
      SearchEvaluator.Restoration r = evaluator.restoration(processed.documents().values(), RESTORED_SENTENCES);
      out.printf(
          java.util.Locale.ROOT,
          "%ndiacritics restored from the corpus's own counts: %.1f %% of %d syllables right, in %d sentences%n",
          100 * r.accuracy(), r.syllables(), r.sentences());
      if (perQuery) {
        SearchReport.printQueries(results, heldOut, out);
      }
    }
    out.flush();
    return processed.failures().isEmpty() && listing.failures().isEmpty() ? 0 : 1;
  }
}
