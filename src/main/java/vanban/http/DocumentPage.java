package vanban.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vanban.crossref.CitationGraph;
import vanban.crossref.CitedInstrument;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;
import vanban.crossref.Mention;
import vanban.extract.ThemeTagger;
import vanban.model.ExtractionRecord;
import vanban.query.GraphLoader;
import vanban.model.Obligation;
import vanban.model.Signer;

/**
 * {@code GET /documents/{id}}: a document's metadata, its normalized text with every citation
 * marked and linked, its obligations, what it cites and who cites it.
 */
final class DocumentPage {
  private final CorpusView corpus;
  private final MentionView mentions;

  DocumentPage(CorpusView corpus) {
    this.corpus = corpus;
    this.mentions = new MentionView(corpus);
  }

  /** The record an id names; 404 when the index has no such document. */
  static ExtractionRecord find(CorpusView corpus, String id) {
    return corpus
        .source(id)
        .flatMap(corpus::record)
        .orElseThrow(() -> HttpProblem.notFound("no document with id '" + id + "' in the index"));
  }

  Response render(String id) throws IOException {
    ExtractionRecord r = find(corpus, id);
    DocumentMetadata d = r.document() == null ? DocumentMetadata.empty() : r.document();
    HtmlWriter w = new HtmlWriter();
    w.open("article", "class", "document");
    w.element("h1", PageLayout.name(r));
    if (d.subject() != null) {
      w.open("p", "class", "subject").text(d.subject()).end("p");
    }
    w.open("p", "class", "links").link("/api/documents/" + corpus.id(r.source()), "JSON").end("p");
    metadata(w, r, d);

    CitationGraph.Refs refs =
        GraphLoader.loadAround(corpus.searcher(), r).refs(r.source()).orElseThrow();
    long citingDocuments = refs.incoming().stream().map(Mention::source).distinct().count();
    w.open("section", "class", "incoming")
        .element(
            "h2",
            "Được trích dẫn bởi · Cited by "
                + PageLayout.count(citingDocuments, "document", "documents")
                + (refs.incoming().size() == citingDocuments
                    ? ""
                    : ", " + PageLayout.count(refs.incoming().size(), "time", "times")));
    if (refs.incoming().isEmpty()) {
      w.element("p", "No document of the index cites this one.");
    } else {
      mentions.mentions(w, refs.incoming());
    }
    w.end("section");

    w.open("section", "class", "outgoing")
        .element("h2", "Trích dẫn · Cites (" + refs.outgoing().size() + ")")
        .tag("ul");
    for (CitedInstrument ci : refs.outgoing()) {
      w.tag("li").link(mentions.href(ci.instrument()), ci.instrument().label());
      int n = ci.mentions().size();
      w.open("span", "class", "meta").text(" " + n + (n == 1 ? " mention" : " mentions"));
      w.end("span").end("li");
    }
    w.end("ul").end("section");

    obligations(w, r.obligations());

    w.open("section", "class", "text").element("h2", "Văn bản · Text");
    w.open("pre", "class", "doc-text");
    text(w, corpus.text(r.source()), r.citations());
    w.end("pre").end("section");
    w.end("article");
    return Response.html(PageLayout.page(corpus, PageLayout.name(r), null, w.toString()));
  }

  private void metadata(HtmlWriter w, ExtractionRecord r, DocumentMetadata d) {
    w.open("table", "class", "metadata");
    row(w, "Loại · Type", d.type() == null ? null : d.type() + " (" + d.typeCode() + ")");
    row(w, "Số, ký hiệu · Symbol", d.symbol());
    row(w, "Cơ quan · Issuer", d.issuer());
    row(w, "Tỉnh · Province", d.province());
    row(w, "Địa danh · Place", d.place());
    row(w, "Ngày · Date", PageLayout.date(d));
    if (!d.recipients().isEmpty()) {
      row(w, "Kính gửi · To", String.join("; ", d.recipients()));
    }
    Signer s = d.signer();
    if (s != null) {
      String by = s.onBehalfOf() == null ? "" : ", on behalf of " + s.onBehalfOf();
      row(w, "Người ký · Signed", s.name() + " (" + s.title() + by + ")");
    }
    if (!r.supplied().isEmpty()) {
      row(w, "Supplied", String.join(", ", r.supplied()) + " (from the sidecar file)");
    }
    row(w, "Source", r.source());
    for (String warning : r.warnings()) {
      row(w, "Warning", warning);
    }
    w.end("table");
  }

  private static void row(HtmlWriter w, String name, String value) {
    w.tag("tr").element("th", name).element("td", value == null ? "—" : value).end("tr");
  }

  private static void obligations(HtmlWriter w, List<Obligation> obligations) {
    w.open("section", "class", "obligations")
        .element("h2", "Nghĩa vụ · Obligations (" + obligations.size() + ")");
    if (obligations.isEmpty()) {
      w.element("p", "No obligations extracted.");
    } else {
      w.open("table", "class", "obligations")
          .raw("<thead><tr><th>§</th><th>Modality</th><th>Actor</th><th>Action</th>")
          .raw("<th>Themes</th><th>When</th></tr></thead><tbody>");
      for (Obligation o : obligations) {
        String when =
            String.join(
                " ",
                o.frequency() == null ? "" : o.frequency(),
                o.deadline() == null ? "" : "by " + o.deadline());
        w.tag("tr")
            .element("td", o.section())
            .open("td")
            .open("span", "class", "modality " + o.modality())
            .text(o.modality())
            .end("span")
            .end("td")
            .element("td", o.actor())
            .open("td", "title", o.text())
            .text(o.action() != null ? o.action() : o.text())
            .end("td")
            .open("td");
        for (int i = 0; i < o.themes().size(); i++) {
          String theme = o.themes().get(i);
          w.text(i == 0 ? "" : ", ")
              .open("span", "class", "theme", "title", theme)
              .text(ThemeTagger.get().label(theme))
              .end("span");
        }
        w.end("td")
            .element("td", when.strip())
            .end("tr");
      }
      w.raw("</tbody>").end("table");
    }
    w.end("section");
  }

  /** The text with each citation (sorted, overlaps dropped) marked and linked. */
  private void text(HtmlWriter w, String text, List<Citation> citations) {
    List<Citation> sorted = new ArrayList<>();
    for (Citation c : citations) {
      if (c.span() != null && c.span().end() <= text.length() && c.span().length() > 0) {
        sorted.add(c);
      }
    }
    sorted.sort(
        Comparator.comparingInt((Citation c) -> c.span().start())
            .thenComparingInt(c -> -c.span().end()));
    int at = 0;
    for (Citation c : sorted) {
      if (c.span().start() < at) {
        continue;
      }
      w.text(text.substring(at, c.span().start()));
      String title = c.symbol() != null ? c.symbol() : c.name();
      w.open("a", "class", "cite", "href", mentions.href(c), "title", title)
          .tag("mark")
          .text(text.substring(c.span().start(), c.span().end()))
          .end("mark")
          .end("a");
      at = c.span().end();
    }
    w.text(text.substring(at));
  }
}
