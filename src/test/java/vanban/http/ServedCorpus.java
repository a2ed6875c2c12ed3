package vanban.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import vanban.cli.Main;

/**
 * One index of the bundled corpus plus an XSS probe document, served once for every web test of the
 * JVM (HTTP and browser tests share it), on a free loopback port.
 */
final class ServedCorpus {
  /** The probe's source: a công văn whose subject, recipients and body carry markup. */
  static final String PROBE = "xss-probe.txt";

  private static ServedCorpus instance;

  final Path dir;
  final Path indexDir;
  final Path probe;
  final WebServer server;
  final String base;
  final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private ServedCorpus() throws IOException {
    dir = Files.createTempDirectory("vanban-web-");
    indexDir = dir.resolve("index");
    probe = dir.resolve(PROBE);
    try (var in = ServedCorpus.class.getResourceAsStream(PROBE)) {
      Files.copy(in, probe);
    }
    CliResult r = cli("index", "--index", indexDir.toString(), "corpus", probe.toString());
    if (r.code() != 0) {
      throw new IllegalStateException("indexing failed: " + r.err());
    }
    server = WebServer.start(indexDir, WebServer.Options.local(0));
    base = "http://127.0.0.1:" + server.address().getPort();
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
  }

  static synchronized ServedCorpus get() {
    if (instance == null) {
      try {
        instance = new ServedCorpus();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** The source the index gives the probe document. */
  String probeSource() {
    return vanban.pipeline.Pipeline.sourceName(probe);
  }

  /** A GET of {@code pathAndQuery} (already encoded). */
  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String pathAndQuery) {
    try {
      return new URI(base + pathAndQuery);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** What the command line prints, for comparing the API with {@code --json}. */
  record CliResult(int code, String out, String err) {}

  static CliResult cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliResult(code, out.toString(), err.toString());
  }

  private void stop() {
    try {
      server.close();
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (IOException e) {
      // A temporary folder left behind.
    }
  }
}
