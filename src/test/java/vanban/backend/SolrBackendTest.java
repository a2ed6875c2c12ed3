package vanban.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vanban.index.FileStamp;
import vanban.json.Json;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;

/**
 * How {@link SolrBackend} talks to Solr when Solr misbehaves, against a scripted HTTP server: it
 * retries what may pass, gives up on what won't, moves to the next node, and batches writes.
 */
class SolrBackendTest {
  private static final String OK = "{\"responseHeader\":{\"status\":0}}";

  private HttpServer server;

  /** Status codes to answer, in order; 200 once they run out. */
  private final Deque<Integer> script = new ArrayDeque<>();

  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/solr/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          requests.add(exchange.getRequestURI() + " " + body);
          Integer status = script.poll();
          int code = status == null ? 200 : status;
          byte[] answer =
              (code == 200
                      ? OK
                      : "{\"error\":{\"msg\":\"scripted " + code + "\",\"code\":" + code + "}}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(code, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/solr");
  }

  private SolrBackend backend(URI... nodes) {
    return SolrBackend.connect(List.of(nodes), "c", 4, Duration.ofMillis(1));
  }

  private static ExtractionRecord record(String source) {
    return new ExtractionRecord(
        source,
        "00",
        DocumentMetadata.empty(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  @Test
  void aBusyOrFailingNodeIsAskedAgain() throws IOException {
    script.addAll(List.of(503, 500, 429));
    try (SolrBackend solr = backend(url())) {
      solr.upsert(record("a.txt"), "văn bản", new FileStamp(1, 2, "ab"));
      solr.commit();
    }
    assertThat(requests).hasSize(5);
    assertThat(requests.subList(0, 4))
        .allMatch(r -> r.startsWith("/solr/c/update?wt=json {\"add\""));
    assertThat(requests.get(4)).startsWith("/solr/c/update?commit=true");
  }

  @Test
  void aRefusedRequestIsNotSentAgain() {
    script.add(400);
    SolrBackend solr = backend(url());
    assertThatThrownBy(solr::commit)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("refused")
        .hasMessageContaining("scripted 400");
    assertThat(requests).hasSize(1);
  }

  @Test
  void afterTheLastAttemptTheErrorNamesTheLastFailure() {
    script.addAll(List.of(503, 503, 503, 503));
    SolrBackend solr = backend(url());
    assertThatThrownBy(solr::commit)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("4 attempts")
        .hasMessageContaining("HTTP 503 scripted 503");
    assertThat(requests).hasSize(4);
  }

  @Test
  void aNodeThatDoesNotAnswerIsSkipped() throws IOException {
    URI closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/solr");
    }
    try (SolrBackend solr = backend(closed, url())) {
      solr.commit();
      solr.commit();
    }
    assertThat(requests).hasSize(2);
  }

  @Test
  @SuppressWarnings("unchecked")
  void writesGoInBatchesInTheOrderTheyWereMade() throws IOException {
    try (SolrBackend solr = backend(url())) {
      for (int i = 0; i < SolrBackend.BATCH_DOCS + 20; i++) {
        solr.upsert(record("d" + i + ".txt"), "văn bản " + i, null);
      }
      solr.delete("d3.txt");
      solr.commit();
    }
    assertThat(requests).hasSize(3);
    String first = requests.get(0).substring(requests.get(0).indexOf(' ') + 1);
    String second = requests.get(1).substring(requests.get(1).indexOf(' ') + 1);
    assertThat(first.split("\"add\":")).hasSize(SolrBackend.BATCH_DOCS + 1);
    assertThat(second).startsWith("{\"add\":").endsWith(",\"delete\":{\"id\":\"d3.txt\"}}");
    // Each command is JSON; the batch repeats keys, which Solr reads in order.
    String oneAdd = second.substring("{\"add\":".length(), second.indexOf(",\"add\":"));
    Map<String, Object> doc =
        (Map<String, Object>) ((Map<String, Object>) Json.read(oneAdd, Object.class)).get("doc");
    assertThat(doc).containsEntry("source", "d100.txt").containsEntry("text", "văn bản 100");
    assertThat(doc).doesNotContainKeys("text_folded", "stamp_size");
  }
}
