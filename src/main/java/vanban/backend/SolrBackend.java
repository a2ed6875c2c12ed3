package vanban.backend;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import vanban.index.FileStamp;
import vanban.index.IndexFields;
import vanban.json.Json;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.search.DocumentSearcher;
import vanban.search.SearchHit;
import vanban.search.SearchRequest;
import vanban.search.SearchResults;
import vanban.model.Snippet;
import vanban.search.TextHighlighter;

/**
 * The documents in a SolrCloud collection built from the {@code vanban} configset, through SolrJ's
 * {@link CloudHttp2SolrClient}: it learns the cluster's layout from any of the given nodes or from
 * ZooKeeper, sends each update to the leader of the shard the document belongs to, spreads reads
 * over the replicas, and when a node does not answer retries on another one and refreshes its view
 * of the cluster. None of that is vanban's code. SolrJ routes a document by the collection's
 * route field: a collection created with {@code router.field=source} (README) gets each add
 * straight at its shard leader; deletes by id, and every update to a collection without that
 * field, go to any node, which forwards them to the leaders.
 *
 * <p>Searches run {@link DocumentSearcher#query} translated by {@link SolrQueryWriter}; snippets
 * are cut here from the stored text by the local highlighter ({@link TextHighlighter}), so hits and
 * snippets are those of the local index. Writes are buffered and sent in batches of one kind (adds
 * or deletes, in the order they were made: a batch holding both would apply the deletes last).
 * Writes replace by {@code source}, so sending a batch twice changes nothing.
 */
public final class SolrBackend implements Backend {
  /** Documents per update request. */
  static final int BATCH_DOCS = 100;

  /** Characters of field values per update request, whatever the number of documents. */
  static final int BATCH_CHARS = 8 << 20;

  private static final int PAGE = 500;
  private static final int FACET_VALUES = 100;
  private static final int DEFAULT_LIMIT = 10;

  private final CloudSolrClient client;
  private final String collection;
  private final List<SolrInputDocument> pendingAdds = new ArrayList<>();
  private final List<String> pendingDeletes = new ArrayList<>();
  private int pendingChars;

  private SolrBackend(CloudSolrClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  /**
   * A backend for {@code collection} of the cluster that any of {@code nodes} ({@code
   * http://host:8983/solr}) belongs to.
   *
   * @throws IOException when none of the nodes answers
   */
  public static SolrBackend connect(List<URI> nodes, String collection) throws IOException {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("no Solr URL");
    }
    List<String> urls = nodes.stream().map(u -> u.toString().replaceFirst("/+$", "")).toList();
    return open(new CloudHttp2SolrClient.Builder(urls), collection, String.join(",", urls));
  }

  /**
   * A backend for {@code collection} of the cluster whose state is kept in the ZooKeeper ensemble
   * {@code zk}: {@code host:port[,host:port…][/chroot]}.
   *
   * @throws IOException when the ensemble cannot be reached or holds no Solr cluster
   */
  public static SolrBackend connectZk(String zk, String collection) throws IOException {
    int slash = zk.indexOf('/');
    List<String> hosts = List.of((slash < 0 ? zk : zk.substring(0, slash)).split(","));
    Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zk.substring(slash));
    return open(
        new CloudHttp2SolrClient.Builder(hosts, chroot)
            .withZkConnectTimeout(15, TimeUnit.SECONDS)
            .withZkClientTimeout(30, TimeUnit.SECONDS),
        collection,
        zk);
  }

  private static SolrBackend open(CloudHttp2SolrClient.Builder builder, String collection, String where)
      throws IOException {
    CloudSolrClient client = null;
    try {
      client =
          builder
              .sendUpdatesOnlyToShardLeaders()
              .withDefaultCollection(collection)
              .withInternalClientBuilder(
                  new Http2SolrClient.Builder()
                      .withConnectionTimeout(10, TimeUnit.SECONDS)
                      .withIdleTimeout(2, TimeUnit.MINUTES))
              .build();
      client.connect();
      return new SolrBackend(client, collection);
    } catch (RuntimeException e) {
      if (client != null) {
        client.close();
      }
      throw new IOException("cannot reach SolrCloud at " + where + ": " + e.getMessage(), e);
    }
  }

  /** The client, for what SolrJ knows of the cluster (its state, the shard leaders). */
  CloudSolrClient client() {
    return client;
  }

  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    Query query = DocumentSearcher.query(request);
    SolrQueryWriter.Params written = SolrQueryWriter.write(query);
    int limit = request.limit() > 0 ? request.limit() : DEFAULT_LIMIT;
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", written.q());
    for (String fq : written.filters()) {
      params.add("fq", fq);
    }
    written.values().forEach(params::set);
    params.set("fl", IndexFields.RECORD + "," + IndexFields.TEXT + ",score");
    // As DocumentSearcher: score, then newer first (undated last), then source.
    params.set("sort", "score desc," + IndexFields.DATE + " desc," + IndexFields.ID + " asc");
    params.set("rows", limit);
    if (request.facets()) {
      params.set("facet", true);
      params.set("facet.limit", FACET_VALUES);
      params.set("facet.mincount", 1);
      params.set("facet.sort", "count");
      for (String dim : IndexFields.FACET_DIMENSIONS) {
        params.add("facet.field", SolrDocuments.FACET_PREFIX + dim);
      }
    }
    QueryResponse response = select(params);
    SolrDocumentList docs = response.getResults();
    List<ExtractionRecord> records = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (SolrDocument doc : docs) {
      records.add(record(doc));
      texts.add(string(doc, IndexFields.TEXT));
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
              ((Number) docs.get(i).getFieldValue("score")).floatValue(),
              snippets.get(i)));
    }
    Map<String, Map<String, Long>> facets = request.facets() ? facets(response) : Map.of();
    return new SearchResults(docs.getNumFound(), hits, facets);
  }

  @Override
  public Optional<ExtractionRecord> record(String source) throws IOException {
    return stored(source, IndexFields.RECORD)
        .map(json -> Json.read(json, ExtractionRecord.class));
  }

  /** The extraction record a Solr document stores. */
  private static ExtractionRecord record(SolrDocument doc) {
    return Json.read(string(doc, IndexFields.RECORD), ExtractionRecord.class);
  }

  @Override
  public Optional<String> text(String source) throws IOException {
    return stored(source, IndexFields.TEXT);
  }

  @Override
  public List<ExtractionRecord> all() throws IOException {
    List<ExtractionRecord> records = new ArrayList<>();
    for (SolrDocument doc : everything(IndexFields.RECORD)) {
      records.add(record(doc));
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
    for (SolrDocument doc : everything(fields)) {
      if (doc.getFieldValue(IndexFields.STAMP_SIZE) == null) {
        continue;
      }
      stamps.put(
          string(doc, IndexFields.ID),
          new FileStamp(
              ((Number) doc.getFieldValue(IndexFields.STAMP_SIZE)).longValue(),
              ((Number) doc.getFieldValue(IndexFields.STAMP_MTIME)).longValue(),
              string(doc, IndexFields.STAMP_SHA256)));
    }
    return stamps;
  }

  @Override
  public void upsert(ExtractionRecord record, String normalizedText, FileStamp stamp)
      throws IOException {
    if (!pendingDeletes.isEmpty()) {
      flush();
    }
    SolrInputDocument doc = new SolrInputDocument();
    int chars = 0;
    for (Map.Entry<String, Object> field : SolrDocuments.of(record, normalizedText, stamp).entrySet()) {
      doc.addField(field.getKey(), field.getValue());
      chars += field.getValue().toString().length();
    }
    pendingAdds.add(doc);
    pendingChars += chars;
    if (pendingAdds.size() >= BATCH_DOCS || pendingChars >= BATCH_CHARS) {
      flush();
    }
  }

  @Override
  public void delete(String source) throws IOException {
    if (!pendingAdds.isEmpty()) {
      flush();
    }
    pendingDeletes.add(source);
    if (pendingDeletes.size() >= BATCH_DOCS) {
      flush();
    }
  }

  @Override
  public void commit() throws IOException {
    flush();
    send(new UpdateRequest().setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true));
  }

  /** Sends what is still buffered (a commit is still needed to make it visible), then disconnects. */
  @Override
  public void close() throws IOException {
    try {
      flush();
    } finally {
      client.close();
    }
  }

  private void flush() throws IOException {
    if (pendingAdds.isEmpty() && pendingDeletes.isEmpty()) {
      return;
    }
    UpdateRequest update = new UpdateRequest();
    if (!pendingAdds.isEmpty()) {
      update.add(pendingAdds);
    } else {
      update.deleteById(pendingDeletes);
    }
    send(update);
    pendingAdds.clear();
    pendingDeletes.clear();
    pendingChars = 0;
  }

  /** The stored {@code field} of {@code source}'s document. */
  private Optional<String> stored(String source, String field) throws IOException {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "{!term f=" + IndexFields.ID + " v=$id}");
    params.set("id", source);
    params.set("fl", field);
    params.set("rows", 1);
    SolrDocumentList docs = select(params).getResults();
    return docs.isEmpty() ? Optional.empty() : Optional.ofNullable(string(docs.get(0), field));
  }

  /** Every document's {@code fields}, by source, paged with a cursor. */
  private List<SolrDocument> everything(String fields) throws IOException {
    List<SolrDocument> out = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("q", "*:*");
      params.set("fl", fields);
      params.set("sort", IndexFields.ID + " asc");
      params.set("rows", PAGE);
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = select(params);
      out.addAll(response.getResults());
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return out;
      }
      cursor = next;
    }
  }

  private static Map<String, Map<String, Long>> facets(QueryResponse response) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : IndexFields.FACET_DIMENSIONS) {
      FacetField field = response.getFacetField(SolrDocuments.FACET_PREFIX + dim);
      List<FacetField.Count> entries = new ArrayList<>();
      if (field != null && field.getValues() != null) {
        field.getValues().stream().filter(c -> c.getCount() > 0).forEach(entries::add);
      }
      // As DocumentSearcher: by count, then by label.
      entries.sort(
          (a, b) ->
              a.getCount() != b.getCount()
                  ? Long.compare(b.getCount(), a.getCount())
                  : a.getName().compareTo(b.getName()));
      Map<String, Long> values = new LinkedHashMap<>();
      entries.forEach(e -> values.put(e.getName(), e.getCount()));
      out.put(dim, Collections.unmodifiableMap(values));
    }
    return Collections.unmodifiableMap(out);
  }

  private QueryResponse select(ModifiableSolrParams params) throws IOException {
    QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
    return new QueryResponse(send(request), client);
  }

  /** Sends {@code request} to the collection; SolrJ's errors as IOExceptions that say which. */
  private NamedList<Object> send(SolrRequest<?> request) throws IOException {
    try {
      return client.request(request, collection);
    } catch (SolrServerException e) {
      throw new IOException("SolrCloud did not answer: " + e.getMessage(), e);
    } catch (SolrException e) {
      throw new IOException("Solr refused the request: " + e.getMessage(), e);
    }
  }

  private static String string(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? null : value.toString();
  }
}
