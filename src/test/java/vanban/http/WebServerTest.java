package vanban.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vanban.json.Json;

/**
 * The server over plain HTTP: pages, the JSON API against the CLI, status codes, escaping, headers.
 */
class WebServerTest {
  private static ServedCorpus served;

  @BeforeAll
  static void serve() {
    served = ServedCorpus.get();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String id(String source) {
    return CorpusView.idOf(source);
  }

  @Test
  void searchPageMarksMatchesAndLinksDocuments() {
    HttpResponse<String> r = served.get("/?q=" + enc("ky luat ky cuong"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(r.body())
        .contains("<mark>")
        .contains("href=\"/documents/" + id("corpus/000_39bb060388cc8e2c.txt") + "\"")
        .contains("data-dimension=\"province\"");
  }

  @Test
  void anUnaccentedQuerySaysWhatItSearchedAndLinksToTheQueryAsTyped() {
    String body = served.get("/?q=" + enc("ky luat ky cuong")).body();
    assertThat(body)
        .contains("tìm theo: ")
        .contains("<strong>kỷ luật kỷ cương</strong>")
        .contains("exact=1")
        .contains("tìm đúng như đã gõ: ky luat ky cuong");
    String asTyped = served.get("/?q=" + enc("ky luat ky cuong") + "&exact=1").body();
    assertThat(asTyped).doesNotContain("tìm theo: ").contains("<mark>");
    // Its facet links keep searching as typed; no chip offers to remove it.
    assertThat(asTyped).contains("&amp;exact=1").doesNotContain("exact: 1");
    assertThat(served.get("/?q=" + enc("kỷ luật")).body()).doesNotContain("tìm theo: ");
  }

  @Test
  void facetsFilterTheResults() {
    String all = served.get("/").body();
    assertThat(all).contains("Thừa Thiên Huế").contains("Hà Tĩnh");
    String hue = served.get("/?province=" + enc("Thừa Thiên Huế")).body();
    assertThat(hue)
        .contains("907/UBND-NV")
        .doesNotContain("1567-CV/TU")
        .contains("province: Thừa Thiên Huế ×");
    String issuer = served.get("/?issuer=" + enc("Ủy ban nhân dân tỉnh Hà Tĩnh")).body();
    assertThat(issuer).contains("99/UBND-VX").doesNotContain("907/UBND-NV");
    assertThat(served.get("/?year=2099").body()).contains("0 documents");
  }

  @ParameterizedTest
  @CsvSource({"26/CT-TTg", "Chỉ thị 26", "chi thi 26/CT-TTg"})
  void aNumberSymbolInTheBoxGoesToItsCitedByPage(String typed) {
    HttpResponse<String> r = served.get("/?q=" + enc(typed));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/cites?q=" + enc(typed));
  }

  @Test
  void aNumberSymbolOfADocumentInTheIndexOpensThatDocument() {
    // 004 is Kết luận 29-KL/TU (its sidecar says so); 000 cites it.
    HttpResponse<String> r = served.get("/?q=" + enc("29-KL/TU"));
    assertThat(r.statusCode()).isEqualTo(303);
    String page = "/documents/" + id("corpus/004_9eae9ce46508e63c.txt");
    assertThat(r.headers().firstValue("Location")).hasValue(page);
    // The document page has its cited-by list.
    assertThat(served.get(page).body()).contains("Cited by 1 document");
  }

  @Test
  void aLawCitedByNameHasItsCitedByPage() {
    String page = served.get("/cites?q=" + enc("Luật Viên chức")).body();
    assertThat(page).contains("Luật Viên chức").contains("cited by 1 document").contains("29-KL/TU");
    assertThat(served.get("/api/cites?q=" + enc("luat vien chuc")).body())
        .contains("\"citingDocuments\":{\"Luật Viên chức\":1}");
    // Neither a symbol nor a name: 400, in both languages, the query kept, a full-text search offered.
    HttpResponse<String> bad = served.get("/cites?q=" + enc("kỷ luật"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body())
        .contains("không phải số, ký hiệu hay tên văn bản")
        .contains("value=\"kỷ luật\"")
        .contains("href=\"/?q=k%E1%BB%B7+lu%E1%BA%ADt\"");
  }

  @Test
  void aSearchWithoutHitsSaysSoAndSuggestsWhatToTry() {
    String body = served.get("/?q=" + enc("kỷ luật xyzzyq") + "&province=" + enc("Hà Tĩnh")).body();
    assertThat(body)
        .contains("0 documents")
        .contains("Nothing found")
        .contains("/?q=ky+luat+xyzzyq")
        .contains("search without filters")
        .doesNotContain("class=\"facet\"");
    assertThat(served.get("/").body()).contains("newest first");
  }

  @Test
  void citedByPageListsTheCitingDocumentWithTheSentence() {
    String body = served.get("/cites?q=" + enc("26/CT-TTg")).body();
    assertThat(body)
        .contains("href=\"/documents/" + id("corpus/001_7e46c23dc3c449d0.txt") + "\"")
        .contains("907/UBND-NV")
        .containsPattern("<mark>[^<]*26/CT-TTg[^<]*</mark>")
        .contains("cited by 1 document");
    assertThat(served.get("/cites?q=" + enc("Chỉ thị 26")).body()).contains("3 instruments match");
    assertThat(served.get("/cites?q=" + enc("48/2018/QĐ-UBND")).body()).contains("amended by");
    assertThat(served.get("/cites").body()).contains("Most-cited");
  }

  @Test
  void documentPageLinksCitationsToCorpusDocumentsAndShowsIncoming() {
    String body = served.get("/documents/" + id("corpus/000_39bb060388cc8e2c.txt")).body();
    String target = "/documents/" + id("corpus/004_9eae9ce46508e63c.txt");
    assertThat(body)
        .contains("1567-CV/TU")
        .containsPattern("<a class=\"cite\" href=\"" + target + "\" title=\"29-KL/TU\"><mark>")
        // Obligations with their modality and themes, from the record.
        .contains("Obligations (")
        .containsPattern("<span class=\"modality (must|must-not|responsible|encouraged)\">")
        // Themes in Vietnamese, the id in a tooltip.
        .containsPattern("<span class=\"theme\" title=\"[a-z-]+\">[^<]*[À-ỹ][^<]*</span>");
    String cited = served.get(target).body();
    // 000 cites 004 three times: the heading counts the document once, and the times.
    assertThat(cited).contains("Cited by 1 document, 3 times").contains("1567-CV/TU");
    // An instrument outside the corpus links to its "cited by" page.
    assertThat(served.get("/documents/" + id("corpus/001_7e46c23dc3c449d0.txt")).body())
        .contains("href=\"/cites?q=26%2FCT-TTg&amp;year=2016\"");
  }

  @Test
  void documentTextIsEscaped() {
    HttpResponse<String> r = served.get("/documents/" + id(served.probeSource()));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .doesNotContain("<script>document")
        .doesNotContain("<img src=x")
        .doesNotContain("<iframe")
        .contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;")
        .contains("&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;");
    // Nor in a search hit, a facet or a "cited by" page.
    assertThat(served.get("/?q=pwned").body()).doesNotContain("<script>");
    assertThat(served.get("/cites?q=" + enc("05/CT-UBND")).body())
        .doesNotContain("<script>window")
        .contains("&lt;script&gt;window.pwned=1&lt;/script&gt;");
  }

  @Test
  void apiDocumentIsTheRecordShowPrints() {
    String source = "corpus/001_7e46c23dc3c449d0.txt";
    ServedCorpus.CliResult cli =
        ServedCorpus.cli("show", "--json", "--index", served.indexDir.toString(), source);
    HttpResponse<String> r = served.get("/api/documents/" + id(source));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    assertThat(r.body()).isEqualTo(cli.out());
    // The source itself, URL-encoded, is an id too (looked up, never opened).
    assertThat(served.get("/api/documents/" + enc(source)).body()).isEqualTo(cli.out());
  }

  @ParameterizedTest
  @CsvSource({"26/CT-TTg", "'Chỉ thị 26'", "'CT 26/TTg'", "01-KL/TW", "48/2018/QĐ-UBND"})
  void apiCitesIsWhatCitesJsonPrints(String typed) {
    ServedCorpus.CliResult cli =
        ServedCorpus.cli("cites", "--json", "--index", served.indexDir.toString(), typed);
    assertThat(served.get("/api/cites?q=" + enc(typed)).body()).isEqualTo(cli.out());
  }

  @Test
  @SuppressWarnings("unchecked")
  void apiSearchHitsAreWhatSearchJsonPrints() {
    ServedCorpus.CliResult cli =
        ServedCorpus.cli(
            "search",
            "--json",
            "--limit",
            "3",
            "--index",
            served.indexDir.toString(),
            "--province",
            "Hà Tĩnh",
            "ky",
            "luat");
    List<Object> lines = Arrays.stream(cli.out().split("\n")).map(s -> Json.read(s, Object.class)).toList();
    // The hits, then a last line saying which accented form an unaccented query was searched as.
    List<Object> expected = lines.subList(0, lines.size() - 1);
    assertThat(lines.get(lines.size() - 1)).isEqualTo(Map.of("searchedAs", "kỷ luật"));
    Map<String, Object> api =
        (Map<String, Object>)
            Json.read(
                served
                    .get("/api/search?q=" + enc("ky luat") + "&limit=3&province=" + enc("Hà Tĩnh"))
                    .body(), Object.class);
    assertThat(api.get("hits")).isEqualTo(expected);
    assertThat(api.get("searchedAs")).isEqualTo("kỷ luật");
    assertThat(((Number) api.get("total")).longValue()).isGreaterThanOrEqualTo(expected.size());
    assertThat((Map<String, Object>) api.get("facets"))
        .containsKeys("province", "type", "year", "issuer");
  }

  @Test
  @SuppressWarnings("unchecked")
  void apiGraphLinksEveryNode() {
    Map<String, Object> g = (Map<String, Object>) Json.read(served.get("/api/graph").body(), Object.class);
    List<Map<String, Object>> nodes = (List<Map<String, Object>>) g.get("nodes");
    assertThat(nodes).hasSizeGreaterThan(6);
    assertThat(nodes).allSatisfy(n -> assertThat((String) n.get("href")).startsWith("/"));
    assertThat((List<?>) g.get("edges")).isNotEmpty();
  }

  @Test
  void apiCompareAndCsvAreWhatCompareJsonAndCsvPrint() {
    String index = served.indexDir.toString();
    assertThat(served.get("/api/compare").body())
        .isEqualTo(ServedCorpus.cli("compare", "--format", "json", "--index", index).out());
    HttpResponse<String> csv = served.get("/compare.csv");
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
    // The download starts with a byte order mark for Excel; the CLI's stdout does not.
    assertThat(csv.body())
        .isEqualTo(
            vanban.compare.Csv.BOM
                + ServedCorpus.cli("compare", "--format", "csv", "--index", index).out());
  }

  @Test
  void comparePageDrillsDownToACell() {
    String page = served.get("/compare").body();
    assertThat(page)
        .contains("<table class=\"matrix\">")
        .contains("Hà Tĩnh")
        .contains("/compare.csv");
    java.util.regex.Matcher cell =
        java.util.regex.Pattern.compile("href=\"(/compare\\?province=[^\"]+)\"").matcher(page);
    assertThat(cell.find()).isTrue();
    String drill = served.get(cell.group(1).replace("&amp;", "&")).body();
    assertThat(drill).contains("id=\"cell\"").contains("class=\"modality ");
    assertThat(served.get("/compare?themes=nonsense").statusCode()).isEqualTo(400);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
    "GET, /nope, 404",
    "GET, /documents/0000000000000000, 404",
    "GET, /documents/..%2F..%2Fpom.xml, 404",
    "GET, /documents/%2Fetc%2Fpasswd, 404",
    "GET, /documents/, 404",
    "GET, /api/documents/corpus%2F..%2Fpom.xml, 404",
    "GET, /static/pom.xml, 404",
    "GET, /static/..%2F..%2F..%2Fpom.xml, 404",
    "GET, /?year=abc, 400",
    "GET, /api/search?limit=0, 400",
    "GET, /api/search?limit=x, 400",
    "GET, /api/search?from=2023-13-01, 400",
    "GET, /cites?q=hello, 400",
    "GET, /api/cites?q=hello, 400",
    "GET, /static/style.css, 200",
    "GET, /static/graph.js, 200",
    "GET, /graph, 200",
    "HEAD, /, 200",
    "POST, /, 405",
    "PUT, /api/search, 405",
    "DELETE, /documents/x, 405",
    "OPTIONS, /, 405",
  })
  void statusCodes(String method, String path, int status) {
    HttpResponse<String> r =
        served.send(
            HttpRequest.newBuilder(served.uri(path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    if (method.equals("HEAD")) {
      assertThat(r.body()).isEmpty();
    }
    if (status == 405) {
      assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }
    if (status >= 400 && path.startsWith("/api/")) {
      assertThat(r.headers().firstValue("Content-Type"))
          .hasValue("application/json; charset=utf-8");
      assertThat(r.body()).contains("\"error\"");
    }
  }

  @Test
  void oversizedRequestsAreRefused() {
    assertThat(served.get("/?q=" + "a".repeat(WebServer.MAX_URI_LENGTH)).statusCode())
        .isEqualTo(414);
    assertThat(served.get("/?q=" + "a".repeat(QueryParameters.MAX_VALUE_LENGTH + 1)).statusCode())
        .isEqualTo(400);
    HttpResponse<String> body =
        served.send(
            HttpRequest.newBuilder(served.uri("/"))
                .method("GET", HttpRequest.BodyPublishers.ofString("x".repeat(5000)))
                .build());
    assertThat(body.statusCode()).isEqualTo(413);
  }

  @ParameterizedTest
  @CsvSource({
    "localhost, true", "localhost:8080, true", "127.0.0.1:8080, true", "127.1.2.3, true",
    "[::1]:8080, true", "LOCALHOST, true", "evil.example, false", "127.0.0.1.evil.example, false",
    "localhost.evil.example:80, false", "[::2], false", "'', false"
  })
  void onlyLoopbackHostNamesAreAnswered(String host, boolean ok) {
    assertThat(WebServer.localHost(host)).isEqualTo(ok);
  }

  /** Sends raw request bytes, as no well-behaved client would, and returns the status line. */
  private static String raw(String request) throws java.io.IOException {
    try (java.net.Socket socket =
        new java.net.Socket("127.0.0.1", served.server.address().getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      return new java.io.BufferedReader(
              new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
          .readLine();
    }
  }

  @Test
  void rebindingHostsAndChunkedBodiesAreRefused() throws java.io.IOException {
    assertThat(raw("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 400");
    assertThat(raw("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 200");
    assertThat(
            raw(
                "GET / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                    + "Connection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n"))
        .startsWith("HTTP/1.1 413");
  }

  @Test
  void moreResultsDoublesTheLimit() {
    assertThat(served.get("/?q=" + enc("kỷ luật") + "&limit=1").body())
        .contains("More results")
        .contains("limit=2");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"\"", "*", "-", "((", "~2", "a | | b", "\\", "<script>", "%", "đ", "\u0000x"})
  void oddQueriesAreAnsweredNotCrashed(String q) {
    assertThat(served.get("/?q=" + enc(q)).statusCode()).isEqualTo(200);
    assertThat(served.get("/api/search?q=" + enc(q)).statusCode()).isEqualTo(200);
  }

  @Test
  void everyResponseForbidsExternalSourcesAndSniffing() {
    for (String path : List.of("/", "/nope", "/api/graph", "/static/graph.js")) {
      HttpResponse<String> r = served.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'none'")
                      .contains("script-src 'self'")
                      .doesNotContain("unsafe")
                      .doesNotContain("http"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }

  @Test
  void boundToLoopbackByDefault() {
    assertThat(WebServer.Options.local(0).bind()).isEqualTo("127.0.0.1");
    assertThat(served.server.address().getAddress().isLoopbackAddress()).isTrue();
  }

  @Test
  void concurrentRequestsAreAllServed() throws Exception {
    List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> all =
        java.util.stream.IntStream.range(0, 24)
            .mapToObj(
                i ->
                    served.client.sendAsync(
                        HttpRequest.newBuilder(
                                served.uri("/?q=" + enc("kỷ luật") + "&limit=" + (i + 1)))
                            .build(),
                        HttpResponse.BodyHandlers.ofString()))
            .toList();
    for (var f : all) {
      assertThat(f.get().statusCode()).isEqualTo(200);
    }
  }
}
