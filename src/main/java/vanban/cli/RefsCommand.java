package vanban.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vanban.crossref.CitationGraph;
import vanban.crossref.CitedInstrument;
import vanban.json.Json;
import vanban.model.ExtractionRecord;
import vanban.query.GraphLoader;
import vanban.search.DocumentSearcher;

/** {@code vanban refs DOC}: what a document cites and which documents cite it. */
@Command(
    name = "refs",
    mixinStandardHelpOptions = true,
    description = {"Lists a document's outgoing citations and the corpus documents citing it. DOC is its path or number-symbol."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "3:the index cannot be opened", "4:no such document in the index"})
final class RefsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(paramLabel = "DOC", description = "Path of the document, or its number-symbol.")
  String doc;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    CitationGraph graph;
    Optional<ExtractionRecord> record;
    try (DocumentSearcher searcher = DocumentSearcher.open(index.dir)) {
      record = ShowCommand.find(searcher, doc);
      graph = record.isPresent()
              ? GraphLoader.loadAround(searcher, record.get())
              : CitationGraph.build(java.util.List.of(), source -> Optional.empty());
    }
    Optional<CitationGraph.Refs> refs = record.flatMap(r -> graph.refs(r.source()));
    if (refs.isEmpty()) {
      spec.commandLine().getErr().println(doc + ": no such document in " + index.dir);
      return ExitCodes.NOT_FOUND;
    }
    CitationGraph.Refs r = refs.get();
    if (json.on) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", r.document().source());
      m.put("outgoing", r.outgoing());
      m.put("incoming", r.incoming());
      out.println(Json.compact(m));
      out.flush();
      return ExitCodes.OK;
    }
    MentionPrinter printer = new MentionPrinter(out, Terminal.detect(), graph.documents());
    out.println(printer.describe(r.document().source()));
    out.printf("%ncites %d instrument(s):%n", r.outgoing().size());
    for (CitedInstrument ci : r.outgoing()) {
      String where = ci.instrument().resolvedTo() == null ? "" : "  → " + ci.instrument().resolvedTo();
      out.printf("  %s (%d mention%s)%s%n", ci.instrument().label(), ci.mentions().size(),
          ci.mentions().size() == 1 ? "" : "s", where);
    }
    out.printf("%ncited by %d mention(s) in the corpus:%n", r.incoming().size());
    printer.mentions(r.incoming(), "  ");
    out.flush();
    return ExitCodes.OK;
  }
}
