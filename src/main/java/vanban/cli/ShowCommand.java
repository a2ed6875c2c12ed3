package vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vanban.json.Json;
import vanban.lexicon.NumberSymbol;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.model.Section;
import vanban.pipeline.Pipeline;
import vanban.search.DocumentSearcher;

/** {@code vanban show DOC}: one indexed document's metadata and outline. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {"Prints an indexed document's metadata and outline. DOC is its path or its number-symbol.", "With --json: the stored extraction record (docs/SCHEMA.md)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "3:the index cannot be opened", "4:no such document in the index"})
final class ShowCommand implements Callable<Integer> {
  /** Headings longer than this are cut in the outline, which is for finding one's way. */
  private static final int HEADING_WIDTH = 96;

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(paramLabel = "DOC", description = "Path of the document, or its number-symbol (1567-CV/TU).")
  String doc;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Optional<ExtractionRecord> found;
    try (DocumentSearcher searcher = DocumentSearcher.open(index.dir)) {
      found = find(searcher, doc);
    }
    if (found.isEmpty()) {
      spec.commandLine().getErr().println(doc + ": no such document in " + index.dir);
      return ExitCodes.NOT_FOUND;
    }
    ExtractionRecord r = found.get();
    if (json.on) {
      out.println(Json.pretty(r));
    } else {
      print(out, r);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** A document by its path (as given or as the index names it), else by its own symbol. */
  static Optional<ExtractionRecord> find(DocumentSearcher searcher, String doc) throws Exception {
    Optional<ExtractionRecord> bySource = searcher.record(doc);
    if (bySource.isEmpty() && Files.exists(Path.of(doc))) {
      bySource = searcher.record(Pipeline.sourceName(Path.of(doc)));
    }
    if (bySource.isPresent()) {
      return bySource;
    }
    Optional<NumberSymbol> symbol = NumberSymbol.parse(doc);
    if (symbol.isEmpty()) {
      return Optional.empty();
    }
    return searcher.withSymbol(symbol.get().key()).stream().findFirst();
  }

  private static void print(PrintWriter out, ExtractionRecord r) {
    DocumentMetadata d = r.document();
    out.println(r.source());
    row(out, "type", d.type() == null ? null : d.type() + " (" + d.typeCode() + ")");
    row(out, "symbol", d.symbol());
    row(out, "issuer", d.issuer());
    row(out, "province", d.province());
    row(out, "place", d.place());
    row(out, "date", d.date() != null ? d.date().toString()
        : d.dateNotBefore() != null ? "not given; not before " + d.dateNotBefore() : null);
    row(out, "subject", d.subject());
    if (!d.recipients().isEmpty()) {
      out.println("  recipients");
      d.recipients().forEach(x -> out.println("    - " + x));
    }
    if (d.signer() != null) {
      String by = d.signer().onBehalfOf() == null ? "" : ", on behalf of " + d.signer().onBehalfOf();
      row(out, "signed", d.signer().name() + " (" + d.signer().title() + by + ")");
    }
    if (!r.supplied().isEmpty()) {
      row(out, "supplied", String.join(", ", r.supplied()) + " (from the sidecar file)");
    }
    row(out, "citations", r.citations().size() + " mention(s)");
    row(out, "obligations", String.valueOf(r.obligations().size()));
    for (String w : r.warnings()) {
      out.println("  warning: " + w);
    }
    if (!r.outline().isEmpty()) {
      out.println();
      out.println("outline");
      printOutline(out, r.outline(), 1);
    }
  }

  private static void printOutline(PrintWriter out, List<Section> sections, int depth) {
    for (Section s : sections) {
      String label = s.label() == null ? "[" + s.kind() + "]" : s.label();
      String heading = s.heading() == null ? "" : s.heading();
      if (heading.length() > HEADING_WIDTH) {
        heading = heading.substring(0, HEADING_WIDTH - 1) + "…";
      }
      out.println("  ".repeat(depth) + label + " " + heading);
      printOutline(out, s.children(), depth + 1);
    }
  }

  private static void row(PrintWriter out, String name, String value) {
    out.printf("  %-12s %s%n", name, value == null ? "—" : value);
  }
}
