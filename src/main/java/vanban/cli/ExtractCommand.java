package vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vanban.ingest.IngestException;
import vanban.json.Json;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.pipeline.Pipeline;
import vanban.pipeline.ProcessedDocument;

/** {@code vanban extract FILE…}: runs the pipeline without an index. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts metadata, citations and dates from files without indexing them. Citations are"
          + " not resolved to corpus documents here (that needs an index).",
      "With --json: one extraction record (docs/SCHEMA.md) per line."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all files extracted", "1:some files failed"})
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to extract.")
  List<Path> files;

  @Mixin JsonOption json;

  @Option(names = "--text", description = "Print the normalized text that record spans index into.")
  boolean text;

  @Mixin MaxSizeOption maxSize;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = new Pipeline(maxSize.bytes);
    int failures = 0;
    for (Path file : files) {
      ProcessedDocument doc;
      try {
        doc = pipeline.process(file, Pipeline.sourceName(file));
      } catch (IngestException e) {
        err.println(Pipeline.sourceName(file) + ": " + e.reason());
        failures++;
        continue;
      }
      if (text) {
        out.print(doc.text().text());
        if (!doc.text().text().endsWith("\n")) {
          out.println();
        }
      } else if (json.on) {
        out.println(Json.compact(doc.record()));
      } else {
        printSummary(out, doc.record());
      }
    }
    out.flush();
    err.flush();
    return failures == 0 ? ExitCodes.OK : ExitCodes.SOME_FILES_FAILED;
  }

  private static void printSummary(PrintWriter out, ExtractionRecord r) {
    DocumentMetadata d = r.document();
    out.printf("%s%n", r.source());
    out.printf("  %-11s %s%n", "type", d.type());
    out.printf("  %-11s %s%n", "symbol", d.symbol());
    out.printf("  %-11s %s%n", "issuer", d.issuer());
    out.printf("  %-11s %s%n", "province", d.province());
    out.printf("  %-11s %s%n", "date", d.date() != null ? d.date() : d.dateNotBefore() != null ? "not before " + d.dateNotBefore() : null);
    out.printf("  %-11s %s%n", "subject", d.subject());
    out.printf("  %-11s %d mention(s)%n", "citations", r.citations().size());
    for (Citation c : r.citations()) {
      out.printf("    - %s%n", c.asWritten());
    }
    for (String w : r.warnings()) {
      out.printf("  warning: %s%n", w);
    }
  }
}
