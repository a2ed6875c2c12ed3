package vanban.backend;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.search.Query;
import vanban.index.FileStamp;
import vanban.index.IndexFields;
import vanban.json.Json;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.search.DocumentSearcher;
import vanban.search.SearchHit;
import vanban.search.SearchRequest;
import vanban.search.SearchResults;
import vanban.search.Snippet;
import vanban.search.TextHighlighter;

/**
 * The documents in a SolrCloud collection built from the {@code vanban} configset, over HTTP
 * (Solr's JSON update and {@code /select} APIs, {@link HttpClient}).
 *
 * <p>Searches run {@link DocumentSearcher#query} translated by {@link SolrQueryWriter}; snippets
 * are cut here from the stored text by the local highlighter ({@link TextHighlighter}), so hits and
 * snippets are those of the local index. Writes are buffered and sent in batches; a batch that
 * fails for a reason that may pass (no connection, 5xx, 429) is sent again after an exponentially
 * growing pause, to the next node when several are given. Writes replace by {@code source}, so
 * sending a batch twice changes nothing.
 */
public final class SolrBackend implements Backend {
  /** Documents per update request. */
  static final int BATCH_DOCS = 100;

  /** Characters per update request, whatever the number of documents. */
  static final int BATCH_CHARS = 8 << 20;

  private static final int PAGE = 500;
  private static final int FACET_VALUES = 100;
  private static final int DEFAULT_LIMIT = 10;

  private final List<URI> nodes;
  private final String collection;
  private final HttpClient http;
  private final int attempts;
  private final Duration firstPause;
  private final List<String> pending = new ArrayList<>();
  private int pendingChars;

  /** The node tried first: the last one that answered. */
  private int current;

  private SolrBackend(List<URI> nodes, String collection, int attempts, Duration firstPause) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("no Solr URL");
    }
    this.nodes = List.copyOf(nodes);
    this.collection = collection;
    this.attempts = attempts;
    this.firstPause = firstPause;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /**
   * A backend for {@code collection} reached through any of {@code nodes} ({@code
   * http://host:8983/solr}), trying each request up to 6 times over about 6 seconds.
   */
  public static SolrBackend connect(List<URI> nodes, String collection) {
    return new SolrBackend(nodes, collection, 6, Duration.ofMillis(200));
  }

  /**
   * As {@link #connect(List, String)}, with {@code attempts} tries starting {@code firstPause}
   * apart.
   */
  public static SolrBackend connect(
      List<URI> nodes, String collection, int attempts, Duration firstPause) {
    return new SolrBackend(nodes, collection, Math.max(1, attempts), firstPause);
  }

  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    Query query = DocumentSearcher.query(request);
    SolrQueryWriter.Params written = SolrQueryWriter.write(query);
    int limit = request.limit() > 0 ? request.limit() : DEFAULT_LIMIT;
    List<String[]> params = new ArrayList<>();
    params.add(new String[] {"q", written.q()});
    for (String fq : written.filters()) {
      params.add(new String[] {"fq", fq});
    }
    written.values().forEach((k, v) -> params.add(new String[] {k, v}));
    params.add(new String[] {"fl", IndexFields.RECORD + "," + IndexFields.TEXT + ",score"});
    // As DocumentSearcher: score, then newer first (undated last), then source.
    params.add(
        new String[] {
          "sort", "score desc," + IndexFields.DATE + " desc," + IndexFields.ID + " asc"
        });
    params.add(new String[] {"rows", Integer.toString(limit)});
    if (request.facets()) {
      params.add(new String[] {"facet", "true"});
      params.add(new String[] {"facet.limit", Integer.toString(FACET_VALUES)});
      params.add(new String[] {"facet.mincount", "1"});
      params.add(new String[] {"facet.sort", "count"});
      for (String dim : IndexFields.FACET_DIMENSIONS) {
        params.add(new String[] {"facet.field", SolrDocuments.FACET_PREFIX + dim});
      }
    }
    Map<String, Object> response = select(params);
    Map<String, Object> body = map(response.get("response"));
    long total = ((Number) body.get("numFound")).longValue();
    List<Map<String, Object>> docs = maps(body.get("docs"));
    List<ExtractionRecord> records = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Map<String, Object> doc : docs) {
      records.add(Json.read(string(doc.get(IndexFields.RECORD)), ExtractionRecord.class));
      texts.add(string(doc.get(IndexFields.TEXT)));
    }
    List<Snippet> snippets = TextHighlighter.snippets(query, records, texts);
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      ExtractionRecord record = records.get(i);
      DocumentMetadata meta =
          record.document() == null ? DocumentMetadata.empty() : record.document();
      hits.add(
          new SearchHit(
              record.source(),
              meta.symbol(),
              meta.type(),
              meta.province(),
              meta.date(),
              meta.dateNotBefore(),
              ((Number) docs.get(i).get("score")).floatValue(),
              snippets.get(i)));
    }
    Map<String, Map<String, Long>> facets =
        request.facets() ? facets(map(response.get("facet_counts"))) : Map.of();
    return new SearchResults(total, hits, facets);
  }

  @Override
  public Optional<ExtractionRecord> record(String source) throws IOException {
    return stored(source, IndexFields.RECORD)
        .map(json -> Json.read(json, ExtractionRecord.class));
  }

  @Override
  public Optional<String> text(String source) throws IOException {
    return stored(source, IndexFields.TEXT);
  }

  @Override
  public List<ExtractionRecord> all() throws IOException {
    List<ExtractionRecord> records = new ArrayList<>();
    for (Map<String, Object> doc : everything(IndexFields.RECORD)) {
      records.add(Json.read(string(doc.get(IndexFields.RECORD)), ExtractionRecord.class));
    }
    return records;
  }

  @Override
  public Map<String, FileStamp> stamps() throws IOException {
    Map<String, FileStamp> stamps = new TreeMap<>();
    String fields =
        String.join(
            ",",
            IndexFields.ID,
            IndexFields.STAMP_SIZE,
            IndexFields.STAMP_MTIME,
            IndexFields.STAMP_SHA256);
    for (Map<String, Object> doc : everything(fields)) {
      if (doc.get(IndexFields.STAMP_SIZE) == null) {
        continue;
      }
      stamps.put(
          string(doc.get(IndexFields.ID)),
          new FileStamp(
              ((Number) doc.get(IndexFields.STAMP_SIZE)).longValue(),
              ((Number) doc.get(IndexFields.STAMP_MTIME)).longValue(),
              (String) doc.get(IndexFields.STAMP_SHA256)));
    }
    return stamps;
  }

  @Override
  public void upsert(ExtractionRecord record, String normalizedText, FileStamp stamp)
      throws IOException {
    Map<String, Object> doc = SolrDocuments.of(record, normalizedText, stamp);
    enqueue("\"add\":" + Json.compact(Map.of("doc", doc)));
  }

  @Override
  public void delete(String source) throws IOException {
    enqueue("\"delete\":" + Json.compact(Map.of("id", source)));
  }

  @Override
  public void commit() throws IOException {
    flush();
    send(post("/update?commit=true&wt=json", "application/json", "{}"));
  }

  /** Sends what is still buffered; a commit is still needed to make it visible. */
  @Override
  public void close() throws IOException {
    flush();
  }

  private void enqueue(String command) throws IOException {
    pending.add(command);
    pendingChars += command.length();
    if (pending.size() >= BATCH_DOCS || pendingChars >= BATCH_CHARS) {
      flush();
    }
  }

  private void flush() throws IOException {
    if (pending.isEmpty()) {
      return;
    }
    // One JSON object whose repeated add/delete keys Solr applies in order.
    String body = "{" + String.join(",", pending) + "}";
    send(post("/update?wt=json", "application/json", body));
    pending.clear();
    pendingChars = 0;
  }

  /** The stored {@code field} of {@code source}'s document. */
  private Optional<String> stored(String source, String field) throws IOException {
    List<String[]> params = new ArrayList<>();
    params.add(new String[] {"q", "{!term f=" + IndexFields.ID + " v=$id}"});
    params.add(new String[] {"id", source});
    params.add(new String[] {"fl", field});
    params.add(new String[] {"rows", "1"});
    List<Map<String, Object>> docs = maps(map(select(params).get("response")).get("docs"));
    return docs.isEmpty() ? Optional.empty() : Optional.ofNullable(string(docs.get(0).get(field)));
  }

  /** Every document's {@code fields}, by source, paged with a cursor. */
  private List<Map<String, Object>> everything(String fields) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    String cursor = "*";
    while (true) {
      List<String[]> params = new ArrayList<>();
      params.add(new String[] {"q", "*:*"});
      params.add(new String[] {"fl", fields});
      params.add(new String[] {"sort", IndexFields.ID + " asc"});
      params.add(new String[] {"rows", Integer.toString(PAGE)});
      params.add(new String[] {"cursorMark", cursor});
      Map<String, Object> response = select(params);
      out.addAll(maps(map(response.get("response")).get("docs")));
      String next = string(response.get("nextCursorMark"));
      if (next == null || next.equals(cursor)) {
        return out;
      }
      cursor = next;
    }
  }

  private Map<String, Map<String, Long>> facets(Map<String, Object> counts) {
    Map<String, Object> fields = counts == null ? Map.of() : map(counts.get("facet_fields"));
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : IndexFields.FACET_DIMENSIONS) {
      List<?> flat = fields == null ? null : (List<?>) fields.get(SolrDocuments.FACET_PREFIX + dim);
      List<Map.Entry<String, Long>> entries = new ArrayList<>();
      for (int i = 0; flat != null && i + 1 < flat.size(); i += 2) {
        long count = ((Number) flat.get(i + 1)).longValue();
        if (count > 0) {
          entries.add(Map.entry((String) flat.get(i), count));
        }
      }
      // As DocumentSearcher: by count, then by label.
      entries.sort(
          (a, b) ->
              !a.getValue().equals(b.getValue())
                  ? Long.compare(b.getValue(), a.getValue())
                  : a.getKey().compareTo(b.getKey()));
      Map<String, Long> values = new LinkedHashMap<>();
      entries.forEach(e -> values.put(e.getKey(), e.getValue()));
      out.put(dim, Collections.unmodifiableMap(values));
    }
    return Collections.unmodifiableMap(out);
  }

  private Map<String, Object> select(List<String[]> params) throws IOException {
    StringBuilder form = new StringBuilder("wt=json");
    for (String[] p : params) {
      form.append('&')
          .append(URLEncoder.encode(p[0], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(p[1], StandardCharsets.UTF_8));
    }
    return send(post("/select", "application/x-www-form-urlencoded", form.toString()));
  }

  /** A POST to {@code path} under the collection, built against whichever node is tried. */
  private RequestTemplate post(String path, String contentType, String body) {
    return node ->
        HttpRequest.newBuilder(
                URI.create(node.toString().replaceFirst("/+$", "") + "/" + collection + path))
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", contentType + "; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
  }

  /** Solr answered that the request is wrong: not retried. */
  private static final class Refused extends IOException {
    Refused(String message) {
      super(message);
    }
  }

  @FunctionalInterface
  private interface RequestTemplate {
    HttpRequest at(URI node);
  }

  /**
   * Sends a request, again after a pause that doubles each time (to the next node, when several are
   * known) while it fails in a way that may pass; Solr's answer as JSON.
   */
  private Map<String, Object> send(RequestTemplate request) throws IOException {
    Duration pause = firstPause;
    String last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      URI node = nodes.get(current);
      try {
        HttpResponse<String> response =
            http.send(request.at(node), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (status == 200) {
          return map(Json.read(response.body(), Object.class));
        }
        last = node + ": HTTP " + status + " " + errorMessage(response.body());
        if (status != 429 && status < 500) {
          // The request itself is wrong (a missing collection, a bad field): sending it again won't
          // help.
          throw new Refused("Solr refused the request: " + last);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted talking to " + node);
      } catch (Refused e) {
        throw e;
      } catch (IOException e) {
        last = node + ": " + e;
      }
      current = (current + 1) % nodes.size();
      if (attempt < attempts) {
        sleep(pause);
        pause = pause.multipliedBy(2);
      }
    }
    throw new IOException("Solr did not answer after " + attempts + " attempts; last: " + last);
  }

  private static String errorMessage(String body) {
    try {
      Object error = map(Json.read(body, Object.class)).get("error");
      if (error instanceof Map<?, ?> e && e.get("msg") != null) {
        return e.get("msg").toString();
      }
    } catch (RuntimeException e) {
      // Not JSON (a proxy's page): the start of it says enough.
    }
    return body.length() > 200 ? body.substring(0, 200) : body;
  }

  private static void sleep(Duration pause) throws InterruptedIOException {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Object value) {
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }
}
