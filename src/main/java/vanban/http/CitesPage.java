package vanban.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import vanban.crossref.CitedInstrument;
import vanban.crossref.Instrument;
import vanban.lexicon.NumberSymbol;
import vanban.lexicon.SymbolQuery;
import vanban.model.ExtractionRecord;
import vanban.query.GraphLoader;

/**
 * {@code GET /cites?q=26/CT-TTg}: which documents cite an instrument, grouped when the query is
 * ambiguous, with the citing clauses and the instruments amending it — what {@code vanban cites}
 * prints. Without {@code q}: the most-cited instruments.
 */
final class CitesPage {
  /** How many instruments the page without a query lists. */
  static final int TOP = 25;

  private final CorpusView corpus;
  private final MentionView mentions;

  CitesPage(CorpusView corpus) {
    this.corpus = corpus;
    this.mentions = new MentionView(corpus);
  }

  /**
   * The instruments {@code q} means, narrowed to {@code year}: by number-symbol ({@code
   * 26/CT-TTg}, {@code Chỉ thị 26}) or, cited by name only, by name ({@code Luật Đất đai}); 400
   * when it reads as neither.
   */
  static List<CitedInstrument> find(CorpusView corpus, String q, Integer year) {
    try {
      Optional<SymbolQuery> query = SymbolQuery.parse(q);
      if (query.isPresent()) {
        return GraphLoader.loadCiting(corpus.searcher(), query.get()).find(query.get(), year);
      }
      String name =
          SymbolQuery.parseName(q).orElseThrow(() -> HttpProblem.badRequest(notAnInstrument(q)));
      return GraphLoader.loadNamed(corpus.searcher(), name).findNamed(name, year);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Why {@code q} finds nothing to look up, in both languages, with what to type instead. */
  static String notAnInstrument(String q) {
    return "“"
        + q
        + "” không phải số, ký hiệu hay tên văn bản · is neither a number-symbol nor an"
        + " instrument's name (try 26/CT-TTg, Chỉ thị 26, Luật Đất đai)";
  }

  Response render(QueryParameters p) {
    Optional<String> q = p.get("q");
    Integer year = p.optionalInt("year", 1000, 2999);
    HtmlWriter w = new HtmlWriter();
    w.open("section", "class", "cites");
    if (q.isEmpty()) {
      w.element("h1", "Văn bản được trích dẫn nhiều nhất · Most-cited instruments");
      w.open("form", "class", "cites-form", "action", "/cites", "method", "get")
          .open(
              "input",
              "type",
              "search",
              "name",
              "q",
              "placeholder",
              "26/CT-TTg, Chỉ thị 26 …",
              "aria-label",
              "Instrument")
          .raw("<button type=\"submit\">Ai trích dẫn? · Who cites it?</button></form>");
      w.open("ol", "class", "top");
      for (CitedInstrument ci : corpus.graph().top(TOP)) {
        w.tag("li")
            .link(mentions.href(ci.instrument()), ci.instrument().label())
            .open("span", "class", "meta")
            .text(
                " "
                    + PageLayout.count(ci.citingSources().size(), "document", "documents")
                    + ", "
                    + PageLayout.count(ci.mentions().size(), "mention", "mentions"))
            .end("span")
            .end("li");
      }
      w.end("ol").end("section");
      return Response.html(PageLayout.page(corpus, "Cited by", null, w.toString()));
    }
    List<CitedInstrument> found;
    try {
      found = find(corpus, q.get(), year);
    } catch (HttpProblem problem) {
      // The page keeps the query and offers a full-text search of it instead.
      w.element("h1", "Văn bản trích dẫn · Cited by");
      w.open("p", "class", "error").text(problem.getMessage()).end("p");
      w.open("p", "class", "suggest")
          .link(PageLayout.href("/", "q", q.get()), "Tìm toàn văn · search the texts for “" + q.get() + "”")
          .end("p");
      w.end("section");
      return Response.html(
          problem.status(),
          PageLayout.page(corpus, "Cited by " + q.get(), q.get(), w.toString()));
    }
    w.open("h1").text("Văn bản trích dẫn · Cited by: ").text(q.get());
    if (year != null) {
      w.text(" (" + year + ")");
    }
    w.end("h1");
    selfDocument(w, q.get());
    if (found.isEmpty()) {
      w.open("p", "class", "none").text("Nothing in the index cites " + q.get() + ".").end("p");
    } else if (found.size() > 1) {
      w.open("p", "class", "ambiguous")
          .text(found.size() + " instruments match '" + q.get() + "':")
          .end("p");
    }
    for (CitedInstrument ci : found) {
      instrument(w, ci, "instrument");
      for (CitedInstrument amendment : ci.amendments()) {
        w.open("div", "class", "amendment")
            .open("p", "class", "amended-by")
            .text("amended by ")
            .link(mentions.href(amendment.instrument()), amendment.instrument().label())
            .text(":")
            .end("p");
        instrument(w, amendment, "instrument amending");
        w.end("div");
      }
      w.end("article");
    }
    w.end("section");
    return Response.html(PageLayout.page(corpus, "Cited by " + q.get(), q.get(), w.toString()));
  }

  /** Opens an {@code <article>} for {@code ci} (closed by the caller for the primary one). */
  private void instrument(HtmlWriter w, CitedInstrument ci, String cls) {
    Instrument i = ci.instrument();
    List<String> citing = ci.citingSources();
    w.open("article", "class", cls);
    w.open("h2").link(mentions.href(i), i.label());
    if (i.issuer() != null) {
      w.open("span", "class", "issuer").text(" · " + i.issuer()).end("span");
    }
    int times = ci.mentions().size();
    w.open("span", "class", "count")
        .text(
            " — cited by "
                + PageLayout.count(citing.size(), "document", "documents")
                + (times == citing.size() ? "" : ", " + PageLayout.count(times, "time", "times")))
        .end("span")
        .end("h2");
    if (corpus.contains(i.resolvedTo())) {
      w.open("p", "class", "in-corpus").text("in the corpus: ");
      mentions.document(w, i.resolvedTo());
      w.end("p");
    }
    mentions.mentions(w, ci.mentions());
    if (!cls.equals("instrument")) {
      w.end("article");
    }
  }

  /** When a corpus document bears the queried symbol itself, a link to it. */
  private void selfDocument(HtmlWriter w, String q) {
    Optional<NumberSymbol> symbol = NumberSymbol.parse(q);
    if (symbol.isEmpty()) {
      return;
    }
    List<ExtractionRecord> bearing;
    try {
      bearing = corpus.searcher().withSymbol(symbol.get().key());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (ExtractionRecord r : bearing) {
      w.open("p", "class", "self").text("The document itself: ");
      mentions.document(w, r.source());
      w.end("p");
    }
  }
}
