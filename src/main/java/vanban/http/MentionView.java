package vanban.http;

import java.util.List;
import vanban.crossref.Instrument;
import vanban.crossref.Mention;
import vanban.model.Citation;
import vanban.model.ExtractionRecord;
import vanban.model.Span;
import vanban.search.Snippet;

/** Shows mentions as the CLI does: grouped by citing document, each with its clause marked. */
final class MentionView {
  /** Characters of context kept on each side of a mention. */
  private static final int CONTEXT = 160;

  private final CorpusView corpus;

  MentionView(CorpusView corpus) {
    this.corpus = corpus;
  }

  /** The mentions, grouped by citing document in order, as an HTML list. */
  void mentions(HtmlWriter w, List<Mention> mentions) {
    String current = null;
    w.open("ul", "class", "mentions");
    for (Mention m : mentions) {
      if (!m.source().equals(current)) {
        if (current != null) {
          w.end("ul").end("li");
        }
        current = m.source();
        w.open("li", "class", "citing");
        document(w, current);
        w.open("ul", "class", "clauses");
      }
      Snippet clause = clause(m);
      w.open("li", "class", "clause").marked(clause.text(), clause.highlights()).end("li");
    }
    if (current != null) {
      w.end("ul").end("li");
    }
    w.end("ul");
  }

  /** A link to an indexed document with its one-line description. */
  void document(HtmlWriter w, String source) {
    ExtractionRecord r = corpus.record(source).orElse(null);
    if (r == null) {
      w.text(source);
      return;
    }
    w.open("a", "class", "doc-link", "href", corpus.documentHref(source))
        .text(PageLayout.name(r))
        .end("a")
        .open("span", "class", "meta")
        .text(" " + PageLayout.describe(r))
        .end("span");
  }

  /**
   * Where a link to {@code instrument} goes: its document when it is in the corpus, else its "cited
   * by" page (a symbol), else a search for its name (unnumbered instruments).
   */
  String href(Instrument instrument) {
    if (instrument.resolvedTo() != null && corpus.record(instrument.resolvedTo()).isPresent()) {
      return corpus.documentHref(instrument.resolvedTo());
    }
    return hrefOf(instrument.symbol(), instrument.name(), instrument.year());
  }

  /** The same for one citation. */
  String href(Citation c) {
    if (c.resolvedTo() != null && corpus.record(c.resolvedTo()).isPresent()) {
      return corpus.documentHref(c.resolvedTo());
    }
    return hrefOf(c.symbol(), c.name() != null ? c.name() : c.asWritten(), c.year());
  }

  private static String hrefOf(String symbol, String name, Integer year) {
    if (symbol != null) {
      return PageLayout.href("/cites", "q", symbol, "year", year == null ? null : year.toString());
    }
    return PageLayout.href("/", "q", name == null ? null : "\"" + name + "\"");
  }

  /**
   * The part of the citing sentence a reader needs: the {@code ;}-separated clause holding the
   * mention (these sentences often list a dozen instruments), cut to a window around it if still
   * long — what {@code vanban cites} prints.
   */
  static Snippet clause(Mention m) {
    String s = m.sentence();
    Span h = m.highlight();
    if (h.end() > s.length()) {
      return new Snippet(s, List.of());
    }
    int start = s.lastIndexOf(';', Math.max(0, h.start() - 1)) + 1;
    int end = s.indexOf(';', h.end());
    end = end < 0 ? s.length() : end + 1;
    start = Math.max(start, h.start() - CONTEXT);
    end = Math.min(end, h.end() + CONTEXT);
    while (start > 0 && start < h.start() && !Character.isWhitespace(s.charAt(start - 1))) {
      start++;
    }
    while (end < s.length() && end > h.end() && !Character.isWhitespace(s.charAt(end))) {
      end--;
    }
    String body = s.substring(start, end);
    String stripped = body.strip();
    int lead = body.length() - body.stripLeading().length();
    String prefix = start > 0 ? "… " : "";
    String suffix = end < s.length() ? " …" : "";
    int offset = prefix.length() - start - lead;
    int hs = Math.max(0, h.start() + offset);
    int he = Math.min(prefix.length() + stripped.length(), h.end() + offset);
    List<Span> marks = he > hs ? List.of(new Span(hs, he)) : List.of();
    return new Snippet(prefix + stripped + suffix, marks);
  }
}
