package vanban.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.params.ModifiableSolrParams;
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
import vanban.index.IndexFields;
import vanban.pipeline.Pipeline;
import vanban.search.DocumentSearcher;
import vanban.search.SearchHit;
import vanban.search.SearchRequest;
import vanban.search.SearchResults;

/**
 * The SolrCloud backend against a real cluster: 2 nodes on 127.0.0.1 (ZooKeeper and Jetty in this
 * JVM), the {@code vanban} configset, a collection of 2 shards × 2 replicas. The corpus indexed
 * into it answers every query as the local index does, through the API and the command line, and
 * still does with one node stopped.
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

  private static Backend solr() {
    return SolrBackend.connect(nodes, COLLECTION, 6, Duration.ofMillis(100));
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
    assertSameResults(new SearchRequest(query, 10, null, null, null, null, true));
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
  }

  /**
   * The incremental rules over Solr, in a collection of its own: a changed file is extracted again,
   * a touched one is not, a file gone from the folder is deleted from the collection.
   */
  @Test
  @Order(7)
  void changedFilesAreUpdatedAndRemovedFilesDeleted(@TempDir Path folder) throws Exception {
    CollectionAdminRequest.createCollection("incremental", COLLECTION, 1, 1)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection("incremental", 1, 1);
    Path a = Files.copy(Path.of("corpus/000_39bb060388cc8e2c.txt"), folder.resolve("a.txt"));
    Path b = Files.copy(Path.of("corpus/003_76f068a2d90d213c.txt"), folder.resolve("b.txt"));
    Path c = Files.copy(Path.of("corpus/001_7e46c23dc3c449d0.txt"), folder.resolve("c.txt"));
    Backend.Opener incremental =
        () -> SolrBackend.connect(nodes, "incremental", 3, Duration.ofMillis(100));
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
    String[] local = new String[args.length + 2];
    local[0] = command;
    local[1] = "--index=" + indexDir;
    System.arraycopy(args, 0, local, 2, args.length);
    String[] remote = new String[args.length + 3];
    remote[0] = command;
    remote[1] = "--solr=" + solrUrls();
    remote[2] = "--collection=" + COLLECTION;
    System.arraycopy(args, 0, remote, 3, args.length);
    Run expected = Run.of(local);
    Run actual = Run.of(remote);
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
