package vanban.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import vanban.crossref.CitedInstrument;
import vanban.crossref.Instrument;
import vanban.crossref.Mention;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;

/** Prints instruments with their citing documents and sentences, the mention highlighted. */
final class MentionPrinter {
  private final PrintWriter out;
  private final Terminal terminal;
  private final Map<String, ExtractionRecord> documents;

  MentionPrinter(PrintWriter out, Terminal terminal, Map<String, ExtractionRecord> documents) {
    this.out = out;
    this.terminal = terminal;
    this.documents = documents;
  }

  void instrument(CitedInstrument ci, String indent) {
    instrument(ci, indent, ci.citingSources().size());
  }

  /**
   * Prints {@code ci} as cited by {@code total} documents; when its mentions are a page of
   * fewer, says how many more there are and how to list them.
   */
  void instrument(CitedInstrument ci, String indent, int total) {
    Instrument i = ci.instrument();
    int shown = ci.citingSources().size();
    out.printf(
        "%s%s%s — cited by %d document%s%n",
        indent,
        terminal.bold(i.label()),
        i.issuer() == null ? "" : " · " + i.issuer(),
        total,
        total == 1 ? "" : "s");
    if (i.resolvedTo() != null) {
      out.printf("%s  in the corpus: %s%n", indent, i.resolvedTo());
    }
    mentions(ci.mentions(), indent + "  ");
    if (shown < total) {
      out.printf(
          "%s  … and %d more (the first %d shown, in path order; --limit N or --all for more)%n",
          indent, total - shown, shown);
    }
  }

  void mentions(List<Mention> mentions, String indent) {
    String current = null;
    for (Mention m : mentions) {
      if (!m.source().equals(current)) {
        current = m.source();
        out.printf("%s%s%n", indent, describe(current));
      }
      out.printf("%s  %s%n", indent, terminal.highlight(m.clause()));
    }
  }

  /** {@code corpus/001….txt  907/UBND-NV · Công văn · Thừa Thiên Huế · 2022-01-25}. */
  String describe(String source) {
    ExtractionRecord r = documents.get(source);
    if (r == null || r.document() == null) {
      return source;
    }
    DocumentMetadata d = r.document();
    String date = Dates.shown(d);
    return String.format(
        "%s  %s · %s · %s · %s",
        source,
        d.symbol() == null ? "(no number)" : d.symbol(),
        d.type() == null ? "?" : d.type(),
        d.province() == null ? "?" : d.province(),
        date);
  }
}
