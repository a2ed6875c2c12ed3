package vanban.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vanban.batch.IndexJob;
import vanban.batch.IndexSummary;
import vanban.cli.Main;
import vanban.compare.ICalendarCheck;
import vanban.index.FileStamp;
import vanban.index.IndexFields;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.pipeline.Pipeline;
import vanban.search.DocumentSearcher;
import vanban.search.SearchHit;
import vanban.search.SearchRequest;
import vanban.search.SearchResults;

/**
 * The SolrCloud backend against a real cluster: 2 nodes on 127.0.0.1 (ZooKeeper and Jetty in this
 * JVM), the {@code vanban} configset, a collection of 2 shards × 2 replicas. The corpus indexed
 * into it answers every query as the local index does, through the API and the command line,
 * reached through node URLs or ZooKeeper, and still does with one node stopped; updates reach the
 * shard leaders, before and after the stop, by SolrJ's own view of the cluster.
 */
@TestMethodOrder(OrderAnnotation.class)
class SolrCloudBackendTest {
  private static final String COLLECTION = "vanban";
  private static final Path CONFIGSET = Path.of("src/main/solr/configsets/vanban/conf");

  static {
    // The cluster runs in this JVM and logs through our slf4j-simple: only real errors, and not
    // the test framework's own complaints about running outside its randomized JUnit 4 runner.
    quiet("org.apache.solr", "error");
    quiet("org.apache.zookeeper", "error");
    quiet("org.apache.solr.cloud.MiniSolrCloudCluster", "off");
    quiet("org.apache.solr.cloud.ZkTestServer", "off");
    quiet("org.apache.solr.util.StartupLoggingUtils", "off");
  }

  private static void quiet(String logger, String level) {
    System.setProperty("org.slf4j.simpleLogger.log." + logger, level);
  }

  @TempDir static Path clusterDir;
  @TempDir static Path indexDir;

  private static MiniSolrCloudCluster cluster;
  private static List<URI> nodes;
  private static IndexSummary solrSummary;

  @BeforeAll
  static void startClusterAndIndexCorpus() throws Exception {
    cluster =
        new MiniSolrCloudCluster.Builder(2, clusterDir)
            .addConfig(COLLECTION, CONFIGSET)
            .configure();
    CollectionAdminRequest.createCollection(COLLECTION, COLLECTION, 2, 2)
        .setRouterField(IndexFields.ID)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    nodes =
        cluster.getJettySolrRunners().stream()
            .map(JettySolrRunner::getBaseUrl)
            .map(url -> URI.create(url.toString()))
            .toList();
    List<Path> corpus = List.of(Path.of("corpus"));
    new IndexJob(indexDir, Pipeline.DEFAULT_MAX_BYTES, false).run(corpus);
    solrSummary =
        new IndexJob(SolrCloudBackendTest::solr, Pipeline.DEFAULT_MAX_BYTES, false).run(corpus);
    expungeDeletes();
  }

  /**
   * BM25 counts a replaced document until its segment is merged, and when that happens depends on
   * the index's layout (one index, or shards of 2 and 3 documents): with the replaced documents
   * gone on both sides, the statistics are the same and so must every score be, to the bit.
   */
  private static void expungeDeletes() throws Exception {
    try (FSDirectory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexFields.analyzer()))) {
      writer.forceMergeDeletes();
      writer.commit();
    }
    UpdateRequest commit = new UpdateRequest();
    commit.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true);
    commit.setParam("expungeDeletes", "true");
    commit.process(cluster.getSolrClient(), COLLECTION);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  private static Backend solr() throws IOException {
    return SolrBackend.connect(nodes, COLLECTION);
  }

  /** The cluster's ZooKeeper ensemble with Solr's chroot, as {@code --zk} takes it. */
  private static String zk() {
    return cluster.getZkServer().getZkAddress();
  }

  private static String solrUrls() {
    return nodes.stream().map(URI::toString).collect(Collectors.joining(","));
  }

  @Test
  @Order(1)
  void theWholeCorpusIsIndexedAndASecondRunSkipsEveryFile() throws Exception {
    assertThat(solrSummary.added()).isEqualTo(5);
    assertThat(solrSummary.failed()).isEmpty();
    IndexSummary again =
        new IndexJob(SolrCloudBackendTest::solr, Pipeline.DEFAULT_MAX_BYTES, false)
            .run(List.of(Path.of("corpus")));
    assertThat(again.unchanged()).isEqualTo(5);
    assertThat(again.added() + again.updated() + again.deleted()).isZero();
    Run cli = Run.of("index", "--solr=" + solrUrls(), "--collection=" + COLLECTION, "corpus");
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out())
        .isEqualTo(
            "indexed into "
                + nodes.get(0)
                + " collection vanban: 0 added, 0 updated, 0 deleted,"
                + " 5 unchanged, 0 failed\n");
  }

  @Test
  @Order(2)
  void recordsTextsAndStampsAreTheLocalOnes() throws Exception {
    try (Backend local = LocalBackend.writing(indexDir);
        Backend remote = solr()) {
      assertThat(remote.all()).isEqualTo(local.all());
      assertThat(remote.stamps()).isEqualTo(local.stamps());
      String source = local.all().get(1).source();
      assertThat(remote.text(source)).isEqualTo(local.text(source));
      assertThat(remote.record(source)).isEqualTo(local.record(source));
      assertThat(remote.record("no/such.txt")).isEmpty();
    }
  }

  /** Words with and without diacritics, phrases, symbols, partial references, operators. */
  @ParameterizedTest
  @Order(3)
  @ValueSource(
      strings = {
        "kỷ luật",
        "ky luat",
        "\"cải cách hành chính\"",
        "26/CT-TTg",
        "chi thi 26/CT-TTg",
        "Chỉ thị 26",
        "01-KL/TW",
        "báo cáo -rượu",
        "rượu | bia",
        "hành chín*",
        "UBND tỉnh",
        "",
        "!!!"
      })
  void searchGivesTheLocalHitsInOrderWithTheirSnippets(String query) throws Exception {
    // As typed: restoring an unaccented query's diacritics reads the local index's counts, which
    // the Solr backend does not have (it searches "ky luat" folded, as typed).
    assertSameResults(new SearchRequest(query, 10, null, null, null, null, true, true));
  }

  /** Solr parses the written query back into the very query the local index runs. */
  @ParameterizedTest
  @Order(3)
  @ValueSource(
      strings = {
        "kỷ luật",
        "\"cải cách hành chính\" tỉnh",
        "chi thi 26/CT-TTg báo cáo",
        "Chỉ thị 26",
        "báo cáo -rượu",
        "rượu | bia",
        "hành chín*",
        "!!!"
      })
  void solrParsesTheSameQuery(String typed) throws Exception {
    SearchRequest request =
        new SearchRequest(typed, 10, "Huế", "CT", LocalDate.of(2020, 1, 1), null, false);
    Query query = DocumentSearcher.query(request);
    SolrQueryWriter.Params params = SolrQueryWriter.write(query);
    ModifiableSolrParams solrParams = new ModifiableSolrParams();
    solrParams.set("q", params.q());
    solrParams.set("fq", params.filters().toArray(String[]::new));
    params.values().forEach(solrParams::set);
    solrParams.set("debugQuery", "true");
    solrParams.set("distrib", "false");
    solrParams.set("rows", "0");
    QueryResponse response = cluster.getSolrClient().query(COLLECTION, solrParams);
    List<Query> scoring = new java.util.ArrayList<>();
    List<String> filters = new java.util.ArrayList<>();
    for (BooleanClause c : ((BooleanQuery) query).clauses()) {
      if (c.getOccur() == Occur.FILTER) {
        filters.add(c.getQuery().toString());
      } else {
        scoring.add(c.getQuery());
      }
    }
    // Nothing-matching has no syntax of its own: Solr's form is all documents but all documents.
    String expected =
        scoring.get(0) instanceof MatchNoDocsQuery ? "*:* -*:*" : scoring.get(0).toString();
    assertThat(response.getDebugMap().get("parsedquery_toString")).isEqualTo(expected);
    // A range on a field with doc values runs as whichever of points and doc values is cheaper.
    List<String> parsedFilters =
        ((List<?>) response.getDebugMap().get("parsed_filter_queries"))
            .stream()
                .map(Object::toString)
                .map(
                    f ->
                        f.replaceAll(
                            "^IndexOrDocValuesQuery\\(IndexOrDocValuesQuery\\(indexQuery=(.*),"
                                + " dvQuery=.*\\)\\)$",
                            "$1"))
                .toList();
    assertThat(parsedFilters).isEqualTo(filters);
  }

  @Test
  @Order(4)
  void filtersAndFacetsAreTheLocalOnes() throws Exception {
    assertSameResults(new SearchRequest("", 10, "thua thien hue", null, null, null, true));
    assertSameResults(new SearchRequest("tỉnh", 3, null, "CT", null, null, true));
    assertSameResults(
        new SearchRequest(
            "", 10, null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), true));
  }

  @ParameterizedTest
  @Order(5)
  @ValueSource(strings = {"26/CT-TTg", "Chỉ thị 26", "48/2018/QĐ-UBND", "01-KL/TW"})
  void citesPrintsWhatTheLocalIndexPrints(String query) {
    assertSameOutput("cites", query);
  }

  @Test
  @Order(6)
  void searchObligationsGraphCompareAndCalendarPrintWhatTheLocalIndexPrints() {
    assertSameOutput("search", "--facets", "kỷ luật");
    assertSameOutput("search", "--json", "26/CT-TTg");
    assertSameOutput("obligations");
    assertSameOutput("obligations", "--json", "--modality", "must");
    assertSameOutput("cites", "--top", "5");
    assertSameOutput("graph", "--format", "json");
    assertSameOutput("compare", "--similar");
    assertSameOutput("calendar", "--format", "ics");
    assertThat(ICalendarCheck.events(Run.of("calendar", "--zk=" + zk(), "--format", "ics").out()))
        .isNotEmpty();
  }

  /**
   * {@code --zk} finds the same cluster through ZooKeeper (the test cluster's Solr lives under a
   * chroot), and a node URL that answers nothing is skipped when others are given.
   */
  @Test
  @Order(6)
  void zooKeeperOrAnyLiveNodeLeadsToTheSameCollection() throws Exception {
    assertSameOutput(new String[] {"--zk=" + zk()}, "search", "--facets", "kỷ luật");
    assertSameOutput(new String[] {"--zk=" + zk()}, "cites", "26/CT-TTg");
    URI closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/solr");
    }
    assertSameOutput(new String[] {"--solr=" + closed + "," + solrUrls()}, "obligations");
    try (Backend viaZk = SolrBackend.connectZk(zk(), COLLECTION);
        Backend local = LocalBackend.reading(indexDir)) {
      assertThat(viaZk.all()).isEqualTo(local.all());
    }
  }

  /** What Solr refuses (here: a collection that does not exist) is reported, not retried forever. */
  @Test
  @Order(6)
  void aRefusedRequestIsAnErrorNamingTheCause() throws Exception {
    try (Backend missing = SolrBackend.connect(nodes, "no-such-collection")) {
      assertThatThrownBy(() -> missing.search(SearchRequest.of("kỷ luật")))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("no-such-collection");
    }
    Run cli = Run.of("search", "--zk=" + zk(), "--collection=no-such-collection", "kỷ luật");
    assertThat(cli.exitCode()).isNotZero();
    assertThat(cli.err()).contains("no-such-collection");
  }

  /**
   * Writes are sent in batches of one kind, in the order they were made: a delete followed by an
   * add of the same document leaves the document, an add followed by a delete removes it, across
   * batch boundaries.
   */
  @Test
  @Order(8)
  void writesApplyInTheOrderTheyWereMade() throws Exception {
    CollectionAdminRequest.createCollection("batches", COLLECTION, 2, 1)
        .setRouterField(IndexFields.ID)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection("batches", 2, 2);
    try (Backend solr = SolrBackend.connect(nodes, "batches")) {
      for (int i = 0; i < SolrBackend.BATCH_DOCS + 20; i++) {
        solr.upsert(bare("d" + i + ".txt"), "văn bản " + i, new FileStamp(i, i, "ab"));
      }
      solr.delete("d3.txt");
      solr.delete("d7.txt");
      solr.upsert(bare("d7.txt"), "văn bản bảy", null);
      solr.upsert(bare("d3.txt"), "văn bản ba", null);
      solr.delete("d3.txt");
      solr.commit();
    }
    try (Backend solr = SolrBackend.connect(nodes, "batches")) {
      assertThat(solr.all()).hasSize(SolrBackend.BATCH_DOCS + 19);
      assertThat(solr.record("d3.txt")).isEmpty();
      assertThat(solr.text("d7.txt")).contains("văn bản bảy");
      assertThat(solr.stamps()).hasSize(SolrBackend.BATCH_DOCS + 18).containsEntry("d9.txt", new FileStamp(9, 9, "ab"));
    }
  }

  private static ExtractionRecord bare(String source) {
    return new ExtractionRecord(
        source, "00", DocumentMetadata.empty(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), null);
  }

  /**
   * The incremental rules over Solr, in a collection of its own: a changed file is extracted again,
   * a touched one is not, a file gone from the folder is deleted from the collection.
   */
  @Test
  @Order(7)
  void changedFilesAreUpdatedAndRemovedFilesDeleted(@TempDir Path folder) throws Exception {
    CollectionAdminRequest.createCollection("incremental", COLLECTION, 1, 1)
        .setRouterField(IndexFields.ID)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection("incremental", 1, 1);
    Path a = Files.copy(Path.of("corpus/000_39bb060388cc8e2c.txt"), folder.resolve("a.txt"));
    Path b = Files.copy(Path.of("corpus/003_76f068a2d90d213c.txt"), folder.resolve("b.txt"));
    Path c = Files.copy(Path.of("corpus/001_7e46c23dc3c449d0.txt"), folder.resolve("c.txt"));
    Backend.Opener incremental =
        () -> SolrBackend.connect(nodes, "incremental");
    IndexJob job = new IndexJob(incremental, Pipeline.DEFAULT_MAX_BYTES, false);
    assertThat(job.run(List.of(folder)).added()).isEqualTo(3);

    Files.writeString(a, Files.readString(a) + "\nNghiêm cấm uống rượu bia trong giờ làm việc.\n");
    Files.setLastModifiedTime(
        b, FileTime.fromMillis(Files.getLastModifiedTime(b).toMillis() + 5000));
    Files.delete(c);
    IndexSummary second = job.run(List.of(folder));

    assertThat(List.of(second.added(), second.updated(), second.deleted(), second.unchanged()))
        .containsExactly(0, 1, 1, 1);
    try (Backend solr = incremental.open()) {
      assertThat(solr.stamps().keySet())
          .containsExactly(Pipeline.sourceName(a), Pipeline.sourceName(b));
      assertThat(solr.stamps().get(Pipeline.sourceName(b)).mtimeMillis())
          .isEqualTo(Files.getLastModifiedTime(b).toMillis());
      assertThat(solr.search(SearchRequest.of("\"uống rượu bia\"")).hits())
          .extracting(SearchHit::source)
          .containsExactly(Pipeline.sourceName(a));
    }
  }

  @Test
  @Order(10)
  void withOneNodeStoppedNoDocumentIsLostAndAnswersStayTheSame() throws Exception {
    cluster.stopJettySolrRunner(0);
    try (Backend local = LocalBackend.reading(indexDir);
        Backend remote = solr()) {
      assertThat(remote.all()).isEqualTo(local.all());
    }
    assertSameResults(new SearchRequest("kỷ luật", 10, null, null, null, null, true));
    assertSameResults(new SearchRequest("26/CT-TTg", 10, null, null, null, null, false));
    assertSameOutput("cites", "26/CT-TTg");
    assertSameOutput("obligations");
  }

  /**
   * Updates sent through the backend's SolrJ client reach the leaders of the shards they belong to,
   * by SolrJ's own cluster state: the client routes an update request to the leader cores of the
   * slices its documents hash to, and each leader core (asked alone, {@code distrib=false}) holds
   * exactly the documents the collection's router puts in its slice. With a node stopped, once
   * ZooKeeper has elected a live leader for every slice, the same holds for new updates.
   */
  private static void assertUpdatesReachTheShardLeaders(SolrBackend backend, List<String> newSources)
      throws Exception {
    CloudSolrClient client = backend.client();
    waitForLiveLeaders(cluster.getZkStateReader());
    if (client.getClusterStateProvider() instanceof ZkClientClusterStateProvider) {
      waitForLiveLeaders(ZkStateReader.from(client));
    }
    DocCollection collection = client.getClusterState().getCollection(COLLECTION);
    assertThat(collection.getRouter().getRouteField(collection)).isEqualTo(IndexFields.ID);

    // Where SolrJ sends an update: one route per slice touched, to that slice's leader core.
    UpdateRequest probe = new UpdateRequest();
    for (String source : newSources) {
      SolrInputDocument doc = new SolrInputDocument();
      doc.addField(IndexFields.ID, source);
      probe.add(doc);
    }
    NamedList<Object> answer = client.request(probe, COLLECTION);
    assertThat(answer).isInstanceOf(CloudSolrClient.RouteResponse.class);
    Set<String> routedTo = new TreeSet<>();
    ((CloudSolrClient.RouteResponse<?>) answer).getRouteResponses().forEach(e -> routedTo.add(core(e.getKey())));
    Set<String> leadersOfTargets = new TreeSet<>();
    for (String source : newSources) {
      leadersOfTargets.add(core(targetSlice(collection, source).getLeader().getCoreUrl()));
    }
    assertThat(routedTo).isEqualTo(leadersOfTargets);

    // What the backend wrote, core by core: every document on the leader of its slice.
    for (String source : newSources) {
      backend.upsert(bare(source), "văn bản " + source, null);
    }
    backend.commit();
    Map<String, Set<String>> expected = new TreeMap<>();
    Set<String> all = new TreeSet<>(newSources);
    try (Backend local = LocalBackend.reading(indexDir)) {
      all.addAll(local.stamps().keySet());
    }
    for (String source : all) {
      String slice = targetSlice(collection, source).getName();
      expected.computeIfAbsent(slice, k -> new TreeSet<>()).add(source);
    }
    assertThat(expected).as("documents on both shards").hasSize(2);
    for (Slice slice : collection.getSlices()) {
      Replica leader = slice.getLeader();
      try (Http2SolrClient node = new Http2SolrClient.Builder(leader.getBaseUrl()).build()) {
        ModifiableSolrParams onlyThisCore = new ModifiableSolrParams();
        onlyThisCore.set("q", "*:*");
        onlyThisCore.set("distrib", false);
        onlyThisCore.set("fl", IndexFields.ID);
        onlyThisCore.set("rows", 1000);
        QueryResponse held = node.query(leader.getCoreName(), onlyThisCore);
        assertThat(held.getResults().stream().map(d -> (String) d.getFieldValue(IndexFields.ID)))
            .as("documents on the leader of %s, %s", slice.getName(), leader.getCoreName())
            .containsExactlyInAnyOrderElementsOf(expected.get(slice.getName()));
      }
    }
  }

  /**
   * Waits, on ZooKeeper's notices and not on a clock, until every slice of the collection has an
   * active leader on a live node as {@code reader} sees it (a minute and a half at most).
   */
  private static void waitForLiveLeaders(ZkStateReader reader) throws Exception {
    reader.waitForState(
        COLLECTION,
        90,
        TimeUnit.SECONDS,
        (live, coll) ->
            coll != null
                && coll.getSlices().stream()
                    .allMatch(
                        sl ->
                            sl.getLeader() != null
                                && live.contains(sl.getLeader().getNodeName())
                                && sl.getLeader().getState() == Replica.State.ACTIVE));
  }

  /** A node's name in the cluster state ({@code 127.0.0.1:PORT_solr}) from its base URL. */
  private static String nodeName(URI node) {
    return node.getHost() + ":" + node.getPort() + "_" + node.getPath().replaceFirst("^/", "");
  }

  /** The slice the collection's router puts the document of {@code source} in (by its route field). */
  private static Slice targetSlice(DocCollection collection, String source) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(IndexFields.ID, source);
    return collection.getRouter().getTargetSlice(source, doc, null, null, collection);
  }

  private static String core(String url) {
    return url.replaceFirst("/+$", "");
  }

  private static List<String> sources(String prefix) {
    return java.util.stream.IntStream.range(0, 24).mapToObj(i -> prefix + "/" + i + ".txt").toList();
  }

  @Test
  @Order(9)
  void updatesReachTheShardLeaders() throws Exception {
    try (SolrBackend backend = SolrBackend.connect(nodes, COLLECTION)) {
      assertUpdatesReachTheShardLeaders(backend, sources("leaders"));
      for (String source : sources("leaders")) {
        backend.delete(source);
      }
      backend.commit();
    }
    expungeDeletes();
  }

  @Test
  @Order(11)
  void withOneNodeStoppedUpdatesReachTheNewShardLeaders() throws Exception {
    try (SolrBackend backend = SolrBackend.connectZk(zk(), COLLECTION)) {
      assertUpdatesReachTheShardLeaders(backend, sources("after-stop"));
      assertThat(
              backend.client().getClusterState().getCollection(COLLECTION).getSlices().stream()
                  .map(sl -> sl.getLeader().getNodeName())
                  .distinct())
          .containsExactly(nodeName(nodes.get(1)));
    }
  }

  private static void assertSameResults(SearchRequest request) throws Exception {
    SearchResults expected;
    SearchResults actual;
    try (Backend local = LocalBackend.reading(indexDir)) {
      expected = local.search(request);
    }
    try (Backend remote = solr()) {
      actual = remote.search(request);
    }
    assertThat(actual.total()).as("total of %s", request).isEqualTo(expected.total());
    assertThat(actual.hits()).as("hits of %s", request).isEqualTo(expected.hits());
    assertThat(actual.facets()).as("facets of %s", request).isEqualTo(expected.facets());
  }

  /** The command with {@code args} prints the same and exits the same on both backends. */
  private static void assertSameOutput(String command, String... args) {
    assertSameOutput(new String[] {"--solr=" + solrUrls()}, command, args);
  }

  /** As {@link #assertSameOutput(String, String...)}, the cluster named by {@code cluster}. */
  private static void assertSameOutput(String[] cluster, String command, String... args) {
    List<String> local = new java.util.ArrayList<>(List.of(command, "--index=" + indexDir));
    local.addAll(List.of(args));
    List<String> remote = new java.util.ArrayList<>(List.of(command));
    remote.addAll(List.of(cluster));
    remote.add("--collection=" + COLLECTION);
    remote.addAll(List.of(args));
    Run expected = Run.of(local.toArray(String[]::new));
    Run actual = Run.of(remote.toArray(String[]::new));
    assertThat(actual.err()).isEqualTo(expected.err());
    assertThat(actual.out()).isNotBlank().isEqualTo(expected.out());
    assertThat(actual.exitCode()).isEqualTo(expected.exitCode());
  }

  /** One run of the command line in-process, with what it printed. */
  private record Run(int exitCode, String out, String err) {
    static Run of(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
      return new Run(code, out.toString(), err.toString());
    }
  }
}
