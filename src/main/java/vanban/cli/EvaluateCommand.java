package vanban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vanban.evaluate.EvaluationReport;
import vanban.evaluate.Evaluation;
import vanban.evaluate.Evaluator;
import vanban.evaluate.GoldDocument;
import vanban.evaluate.GoldFile;
import vanban.evaluate.GoldRun;
import vanban.json.Json;
import vanban.model.ExtractionRecord;

/** {@code vanban evaluate}: scores extraction against annotated gold. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the documents a gold file annotates and scores the result: accuracy of each"
          + " metadata field, precision/recall/F1 of numbered citations (keyed by number-symbol and"
          + " year), mention counts, and every miss as 'file: field want X got Y'.",
      "Gold: JSON Lines, one document per line, as devset/RULES.md describes (default:"
          + " devset/gold.jsonl).",
      "With --json: one JSON object with the figures and the misses."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:scored",
      "1:some gold documents could not be read (listed as misses of field 'file')",
      "2:bad command line or unreadable gold file"
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      paramLabel = "FILE",
      defaultValue = "devset/gold.jsonl",
      description = "The gold file (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(
      names = "--docs",
      paramLabel = "DIR",
      description =
          "Folder holding the documents by file name (default: beside the gold file, or its docs/).")
  Path docs;

  @Option(
      names = "--records",
      paramLabel = "FILE",
      description = "Score these records ('vanban extract --json' output) instead of extracting.")
  Path records;

  @Mixin JsonOption json;

  @Option(names = "--no-misses", negatable = true, description = "Leave the list of misses out.")
  boolean misses = true;

  @Mixin ExtractionThreadsOption threads;

  @Mixin MaxSizeOption maxSize;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(gold)) {
      throw new ParameterException(spec.commandLine(), gold + ": no such gold file");
    }
    int threadCount = threads.count();
    List<GoldDocument> goldDocs;
    try {
      goldDocs = GoldFile.read(gold);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Map<String, ExtractionRecord> byName = new TreeMap<>();
    Map<String, String> failures = new HashMap<>();
    if (records != null) {
      int line = 0;
      for (String l : Files.readAllLines(records, StandardCharsets.UTF_8)) {
        line++;
        if (l.isBlank()) {
          continue;
        }
        try {
          ExtractionRecord r = Json.read(l, ExtractionRecord.class);
          byName.put(Evaluator.fileName(r.source()), r);
        } catch (RuntimeException e) {
          throw new ParameterException(
              spec.commandLine(), records + ":" + line + ": not an extraction record");
        }
      }
    } else {
      GoldRun.Result run = GoldRun.extract(goldDocs, gold, docs, maxSize.bytes, threadCount);
      byName.putAll(run.records());
      failures.putAll(run.failures());
      PrintWriter err = spec.commandLine().getErr();
      new TreeMap<>(failures).forEach((file, reason) -> err.println(file + ": " + reason));
      err.flush();
    }
    Evaluation e = new Evaluator().evaluate(goldDocs, byName, failures);
    if (json.on) {
      out.println(EvaluationReport.json(e));
      out.flush();
    } else {
      EvaluationReport.printTable(e, out, misses);
    }
    return failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FILES_FAILED;
  }
}
