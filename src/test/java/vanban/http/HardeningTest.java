package vanban.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vanban.compare.Csv;
import vanban.search.DocumentSearcher;
import vanban.search.SearchDeadline;
import vanban.search.SearchRefused;
import vanban.search.SearchRequest;

/** Hostile requests (issue #19, item 7): each is sent over a real socket and its answer checked. */
class HardeningTest {
  private static ServedCorpus served;

  /** The same index served with {@code --allow-query-syntax}. */
  private static WebServer withSyntax;

  @BeforeAll
  static void serve() throws IOException {
    served = ServedCorpus.get();
    withSyntax =
        WebServer.start(served.indexDir, WebServer.Options.local(0).withQuerySyntax(true));
  }

  @AfterAll
  static void stop() throws IOException {
    withSyntax.close();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> getWithSyntax(String pathAndQuery) {
    return served.send(
        HttpRequest.newBuilder(
                java.net.URI.create(
                    "http://127.0.0.1:" + withSyntax.address().getPort() + pathAndQuery))
            .build());
  }

  /** 75 distinct fuzzy terms in under 500 characters: the issue's 500. */
  private static String seventyFiveFuzzyTerms() throws IOException {
    String text =
        Files.readString(java.nio.file.Path.of("corpus/000_39bb060388cc8e2c.txt"))
            + Files.readString(java.nio.file.Path.of("corpus/004_9eae9ce46508e63c.txt"));
    Set<String> words = new LinkedHashSet<>();
    Matcher m = Pattern.compile("(?<![\\p{L}])[a-z]{3}(?![\\p{L}])").matcher(text);
    while (m.find() && words.size() < 75) {
      words.add(m.group());
    }
    for (char a = 'b'; words.size() < 75; a++) {
      for (char b = 'a'; b <= 'y' && words.size() < 75; b += 4) {
        words.add(a + "" + b + "n");
      }
    }
    List<String> fuzzy = new ArrayList<>();
    words.forEach(w -> fuzzy.add(w + "~2"));
    String q = String.join(" ", fuzzy);
    assertThat(q.length()).isLessThanOrEqualTo(QueryParameters.MAX_VALUE_LENGTH);
    return q;
  }

  // 1. Query syntax.

  @Test
  void fuzzyAndPrefixSyntaxIsPlainTextByDefault() throws IOException {
    String hostile = seventyFiveFuzzyTerms();
    HttpResponse<String> r = served.get("/api/search?q=" + enc(hostile));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    // What the parser makes of them: UserQueryParserTest.expensiveSyntaxOnlyWhenAskedForAndBounded.
    for (String q : List.of("luat~2", "lu*", "/reg.x/", "\"kỷ luật\"~3")) {
      assertThat(served.get("/?q=" + enc(q)).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void withQuerySyntaxTooManyClausesIsA400NotA500() throws IOException {
    assertThat(getWithSyntax("/api/search?q=" + enc("luat~2")).statusCode()).isEqualTo(200);
    assertThat(getWithSyntax("/?q=" + enc("lu*")).statusCode()).isEqualTo(200);
    HttpResponse<String> api = getWithSyntax("/api/search?q=" + enc(seventyFiveFuzzyTerms()));
    assertThat(api.statusCode()).as(api.body()).isEqualTo(400);
    assertThat(api.body()).contains("\"error\"").contains("too complex");
    HttpResponse<String> page = getWithSyntax("/?q=" + enc(seventyFiveFuzzyTerms()));
    assertThat(page.statusCode()).isEqualTo(400);
    assertSecurityHeaders(page);
  }

  @Test
  void aSearchStopsWhenItsBudgetIsSpent() throws Exception {
    try (DocumentSearcher searcher = DocumentSearcher.open(served.indexDir)) {
      SearchRequest fuzzy =
          new SearchRequest("luat~2 ky~2 cuong~2", 10, null, null, null, null, true, true, true);
      assertThat(searcher.search(fuzzy).hits()).isNotEmpty();
      long start = System.nanoTime();
      assertThatThrownBy(() -> SearchDeadline.within(Duration.ZERO, () -> searcher.search(fuzzy)))
          .isInstanceOfSatisfying(
              SearchRefused.class,
              e -> assertThat(e.reason()).isEqualTo(SearchRefused.Reason.OUT_OF_TIME));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      // The budget belongs to that call only.
      assertThat(searcher.search(fuzzy).hits()).isNotEmpty();
    }
  }

  // 2. Malformed URLs.

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/?q=%FF",
        "/?q=k%E1%BB",
        "/cites?q=%C3%28",
        "/documents/%C3%28",
        "/api/search?q=%FF",
        "/api/documents/%E1"
      })
  void badEncodingGetsVanbansOwn400WithEveryHeader(String target) {
    HttpResponse<String> r = served.get(target);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("UTF-8");
    assertSecurityHeaders(r);
  }

  /**
   * {@code %zz} never reaches vanban: the JDK server parses the request line with {@link
   * java.net.URI} and answers 400 itself, without calling any handler or filter. What can be
   * checked is that the answer is a 400 and that the server goes on serving.
   */
  @Test
  void aMalformedEscapeIsRefusedByTheJdkBeforeVanbanSeesIt() throws IOException {
    String answer = rawExchange("GET /?q=%zz HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 400");
    assertThat(served.get("/").statusCode()).isEqualTo(200);
  }

  // 3. UTF-8 everywhere.

  @Test
  void rawUtf8InTheQueryStringIsReadAsUtf8() throws IOException {
    String answer =
        rawExchange("GET /api/search?q=kỷ+luật HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 200").contains("\"query\":\"kỷ luật\"");
    String page =
        rawExchange("GET /?q=Tĩnh HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(page).startsWith("HTTP/1.1 200").contains("value=\"Tĩnh\"");
    // A raw byte 0x80-0xA0 (the second byte of à, đ, ỉ, ị) is a control or space character to
    // java.net.URI, so the JDK refuses the request line before vanban sees it; browsers and
    // HttpClient percent-encode, and reach vanban.
    assertThat(rawExchange("GET /?q=Hà HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 400");
    assertThat(served.get("/?q=" + enc("Hà Tĩnh đạo chỉ thị")).body())
        .contains("value=\"Hà Tĩnh đạo chỉ thị\"");
  }

  // 4. Bodies.

  @Test
  void aGetWithASmallBodyIsRefused() {
    HttpResponse<String> r =
        served.send(
            HttpRequest.newBuilder(served.uri("/"))
                .method("GET", HttpRequest.BodyPublishers.ofString("x"))
                .build());
    assertThat(r.statusCode()).isEqualTo(413);
    assertSecurityHeaders(r);
  }

  @Test
  void anEmptyBodyIsNoBody() throws IOException {
    assertThat(
            rawExchange(
                "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 200");
  }

  // 5. Slow headers.

  @Test
  void socketsThatStopAfterTheRequestLineDoNotStallTheServer() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        Socket s = new Socket("127.0.0.1", served.server.address().getPort());
        s.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        slow.add(s);
      }
      Thread.sleep(200); // the server has taken them up
      HttpResponse<String> r =
          served
              .client
              .sendAsync(
                  HttpRequest.newBuilder(served.uri("/?q=" + enc("kỷ luật"))).build(),
                  HttpResponse.BodyHandlers.ofString())
              .get(5, TimeUnit.SECONDS);
      assertThat(r.statusCode()).isEqualTo(200);
      // Answered while the slow sockets are still held, not after they were dropped.
      for (Socket s : slow) {
        s.setSoTimeout(100);
        assertThatThrownBy(() -> s.getInputStream().read())
            .isInstanceOf(SocketTimeoutException.class);
      }
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void aSocketThatNeverFinishesItsHeadersIsClosed() throws Exception {
    try (Socket s = new Socket("127.0.0.1", served.server.address().getPort())) {
      s.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().flush();
      s.setSoTimeout(500);
      long deadline = System.nanoTime() + Duration.ofSeconds(WebServer.HEADER_SECONDS + 10).toNanos();
      boolean closed = false;
      while (!closed && System.nanoTime() < deadline) {
        try {
          closed = s.getInputStream().read() == -1;
        } catch (SocketTimeoutException e) {
          // Still open; poll again.
        } catch (IOException e) {
          closed = true; // reset
        }
      }
      assertThat(closed).as("closed within %d s", WebServer.HEADER_SECONDS + 10).isTrue();
    }
  }

  // 6. CSV.

  @Test
  void csvDownloadStartsWithABomAndHasNoFormulaCells() {
    String cli =
        ServedCorpus.cli("compare", "--format", "csv", "--index", served.indexDir.toString()).out();
    assertThat(cli).doesNotStartWith(Csv.BOM);
    HttpResponse<String> csv = served.get("/compare.csv");
    assertThat(csv.body()).startsWith(Csv.BOM).isEqualTo(Csv.BOM + cli);
    for (String line : csv.body().substring(1).split("\r\n")) {
      for (String field : line.split(",")) {
        assertThat(field.replaceFirst("^\"", "")).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
      }
    }
  }

  private static void assertSecurityHeaders(HttpResponse<String> r) {
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValue(WebServer.CONTENT_SECURITY_POLICY);
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  /** Sends raw bytes (UTF-8) and reads the whole answer, decoded as UTF-8. */
  private static String rawExchange(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", served.server.address().getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) > 0; ) {
          out.write(buf, 0, n);
        }
      } catch (SocketTimeoutException e) {
        // A kept-alive connection: what came is the answer.
      }
      return out.toString(StandardCharsets.UTF_8);
    }
  }
}
