package vanban.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import vanban.crossref.CitedInstrument;
import vanban.crossref.Instrument;
import vanban.crossref.Mention;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.search.Snippet;

/** Prints instruments with their citing documents and sentences, the mention highlighted. */
final class MentionPrinter {
  /** Characters of context kept on each side of a mention. */
  private static final int CONTEXT = 160;

  private final PrintWriter out;
  private final Terminal terminal;
  private final Map<String, ExtractionRecord> documents;

  MentionPrinter(PrintWriter out, Terminal terminal, Map<String, ExtractionRecord> documents) {
    this.out = out;
    this.terminal = terminal;
    this.documents = documents;
  }

  void instrument(CitedInstrument ci, String indent) {
    Instrument i = ci.instrument();
    List<String> citing = ci.citingSources();
    out.printf(
        "%s%s%s — cited by %d document%s%n",
        indent,
        terminal.bold(i.label()),
        i.issuer() == null ? "" : " · " + i.issuer(),
        citing.size(),
        citing.size() == 1 ? "" : "s");
    if (i.resolvedTo() != null) {
      out.printf("%s  in the corpus: %s%n", indent, i.resolvedTo());
    }
    mentions(ci.mentions(), indent + "  ");
  }

  void mentions(List<Mention> mentions, String indent) {
    String current = null;
    for (Mention m : mentions) {
      if (!m.source().equals(current)) {
        current = m.source();
        out.printf("%s%s%n", indent, describe(current));
      }
      out.printf("%s  %s%n", indent, terminal.highlight(clause(m)));
    }
  }

  /**
   * The part of the citing sentence a reader needs: the {@code ;}-separated clause holding the
   * mention (these sentences often list a dozen instruments), cut to a window around it if still
   * long.
   */
  static Snippet clause(Mention m) {
    String s = m.sentence();
    int start = s.lastIndexOf(';', Math.max(0, m.highlight().start() - 1)) + 1;
    int end = s.indexOf(';', m.highlight().end());
    end = end < 0 ? s.length() : end + 1;
    start = Math.max(start, m.highlight().start() - CONTEXT);
    end = Math.min(end, m.highlight().end() + CONTEXT);
    while (start > 0 && start < m.highlight().start() && !Character.isWhitespace(s.charAt(start - 1))) {
      start++;
    }
    while (end < s.length() && end > m.highlight().end() && !Character.isWhitespace(s.charAt(end))) {
      end--;
    }
    String prefix = start > 0 ? "… " : "";
    String suffix = end < s.length() ? " …" : "";
    String text = prefix + s.substring(start, end).strip() + suffix;
    int offset = prefix.length() - start - (s.substring(start, end).length() - s.substring(start, end).stripLeading().length());
    return new Snippet(
        text,
        List.of(new vanban.model.Span(m.highlight().start() + offset, m.highlight().end() + offset)));
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
