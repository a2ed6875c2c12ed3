package vanban.http;

import java.util.List;
import vanban.crossref.Instrument;
import vanban.crossref.Mention;
import vanban.model.Citation;
import vanban.model.ExtractionRecord;
import vanban.model.Snippet;

/** Shows mentions as the CLI does: grouped by citing document, each with its clause marked. */
final class MentionView {

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
      Snippet clause = m.clause();
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
    if (corpus.contains(instrument.resolvedTo())) {
      return corpus.documentHref(instrument.resolvedTo());
    }
    return hrefOf(instrument.symbol(), instrument.name(), instrument.year());
  }

  /** The same for one citation. */
  String href(Citation c) {
    if (corpus.contains(c.resolvedTo())) {
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
}
