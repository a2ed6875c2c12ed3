package vanban.http;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vanban.index.IndexFields;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.search.SearchHit;
import vanban.search.SearchRequest;
import vanban.search.SearchResults;

/**
 * A search with the web's filters: {@link SearchRequest}'s, a year, and an issuer.
 *
 * <p>The searcher has no issuer filter, so an issuer-filtered search takes every match and keeps
 * the issuer's documents, counting the facets over them with the labels the indexer gives ({@link
 * IndexFields#facetLabel}, {@link IndexFields#provinceLabel}).
 */
final class FacetedSearch {
  private FacetedSearch() {}

  /**
   * Runs {@code request} narrowed to {@code year} (intersected with its own date bounds) and to
   * {@code issuer} when they are not null.
   */
  static SearchResults run(CorpusView corpus, SearchRequest request, Integer year, String issuer)
      throws IOException {
    SearchRequest r = request;
    if (year != null) {
      LocalDate from = LocalDate.of(year, 1, 1);
      LocalDate to = LocalDate.of(year, 12, 31);
      if (r.from() != null && r.from().isAfter(from)) {
        from = r.from();
      }
      if (r.to() != null && r.to().isBefore(to)) {
        to = r.to();
      }
      r = new SearchRequest(r.query(), r.limit(), r.province(), r.type(), from, to, r.facets(), r.exact(), r.querySyntax());
    }
    if (issuer == null || issuer.isBlank()) {
      return corpus.searcher().search(r);
    }
    SearchRequest every =
        new SearchRequest(
            r.query(),
            Math.max(1, corpus.documentCount()),
            r.province(),
            r.type(),
            r.from(),
            r.to(),
            false,
            r.exact(),
            r.querySyntax());
    String key = IndexFields.keywordKey(issuer);
    List<SearchHit> kept = new ArrayList<>();
    List<DocumentMetadata> keptMeta = new ArrayList<>();
    SearchResults all = corpus.searcher().search(every);
    for (SearchHit hit : all.hits()) {
      DocumentMetadata d = corpus.record(hit.source()).map(ExtractionRecord::document).orElse(null);
      if (d != null && d.issuer() != null && IndexFields.keywordKey(d.issuer()).equals(key)) {
        kept.add(hit);
        keptMeta.add(d);
      }
    }
    Map<String, Map<String, Long>> facets = request.facets() ? facets(keptMeta) : Map.of();
    int limit = r.limit() > 0 ? r.limit() : 10;
    return new SearchResults(
        kept.size(), kept.subList(0, Math.min(limit, kept.size())), facets, all.searchedAs());
  }

  private static Map<String, Map<String, Long>> facets(List<DocumentMetadata> docs) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    out.put(
        IndexFields.FACET_PROVINCE,
        count(docs, d -> d.province() == null ? null : IndexFields.provinceLabel(d.province())));
    out.put(IndexFields.FACET_TYPE, count(docs, d -> label(d.type())));
    out.put(
        IndexFields.FACET_YEAR,
        count(docs, d -> d.date() == null ? null : Integer.toString(d.date().getYear())));
    out.put(IndexFields.FACET_ISSUER, count(docs, d -> label(d.issuer())));
    return out;
  }

  private static String label(String value) {
    return value == null || value.isBlank() ? null : IndexFields.facetLabel(value);
  }

  private static Map<String, Long> count(
      List<DocumentMetadata> docs, Function<DocumentMetadata, String> value) {
    Map<String, Long> counts = new LinkedHashMap<>();
    docs.stream().map(value).filter(Objects::nonNull).forEach(v -> counts.merge(v, 1L, Long::sum));
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
