package vanban.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vanban.batch.IndexChecks;
import vanban.generate.CorpusGenerator;

/**
 * What an operator does with {@code vanban serve --watch} and {@code vanban watch}, with real
 * processes: files dropped in, edited, renamed, deleted, a corrupt one, a sidecar edited, a kill -9
 * in the middle of a batch. Each step polls with a deadline; nothing here times performance.
 */
class WatchAndServeTest {
  private static final Duration DEADLINE = Duration.ofSeconds(90);
  private static final Pattern SERVING = Pattern.compile("at http://([^/]+)/");

  @TempDir Path tmp;
  private final List<Process> started = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stopAll() throws Exception {
    for (Process p : started) {
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aServerWatchingItsFolderServesEachChangeWithoutARestart() throws Exception {
    Path corpus = tmp.resolve("corpus");
    copyTree(Path.of("corpus"), corpus);
    Output out = new Output();
    Output err = new Output();
    Process serve =
        start(out, err, "serve", "--watch", "corpus", "--port", "0", "--index", "index");
    String base = address(out);
    assertThat(get(base + "/api/status")).contains("\"documents\":5");
    assertThat(get(base + "/api/cites?q=26/CT-TTg")).doesNotContain("corpus/new_directive.txt");

    // A new directive citing 26/CT-TTg lands in the folder.
    Files.writeString(corpus.resolve("new_directive.txt"), directive("kiểm tra định kỳ"));
    await(base + "/api/cites?q=26/CT-TTg", body -> body.contains("corpus/new_directive.txt"));
    out.await(line -> line.endsWith(" added corpus/new_directive.txt"), "the 'added' log line");
    assertThat(get(base + "/api/status")).contains("\"documents\":6");

    // Edited: the new words are found.
    Files.writeString(corpus.resolve("new_directive.txt"), directive("zavatrungthu kiểm tra"));
    await(search(base, "zavatrungthu"), body -> body.contains("corpus/new_directive.txt"));
    out.await(line -> line.endsWith(" updated corpus/new_directive.txt"), "the 'updated' line");

    // Renamed: found under its new name only.
    Files.move(corpus.resolve("new_directive.txt"), corpus.resolve("renamed_directive.txt"));
    await(
        base + "/api/cites?q=26/CT-TTg",
        body ->
            body.contains("corpus/renamed_directive.txt")
                && !body.contains("corpus/new_directive.txt"));

    // A sidecar edited: the document takes its values.
    Files.writeString(
        corpus.resolve("renamed_directive.txt.meta.properties"), "subject = zebucanhhong\n");
    await(search(base, "zebucanhhong"), body -> body.contains("renamed_directive.txt"));

    // A corrupt file is reported as 'path: reason'; the rest is still served.
    Files.write(corpus.resolve("broken.pdf"), new byte[] {'%', 'P', 'D', 'F', 1, 2, 3, 0, 9});
    err.await(line -> line.startsWith("corpus/broken.pdf: "), "the corrupt file's 'path: reason'");
    assertThat(get(search(base, "zavatrungthu"))).contains("corpus/renamed_directive.txt");

    // Deleted: gone from every answer.
    Files.delete(corpus.resolve("renamed_directive.txt"));
    Files.delete(corpus.resolve("renamed_directive.txt.meta.properties"));
    await(base + "/api/cites?q=26/CT-TTg", body -> !body.contains("renamed_directive.txt"));
    assertThat(get(base + "/api/status")).contains("\"documents\":5");
    assertThat(get(base + "/")).contains("index as of");

    // SIGTERM: stops, and the index it leaves is sound.
    serve.destroy();
    assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    assertThat(IndexChecks.assertSound(tmp.resolve("index"))).hasSize(5);
  }

  @Test
  void aServerSeesCommitsThatAnotherProcessWrites() throws Exception {
    Path corpus = tmp.resolve("corpus");
    copyTree(Path.of("corpus"), corpus);
    run("index", "--quiet", "--index", "index", "corpus");
    Output out = new Output();
    start(out, new Output(), "serve", "--port", "0", "--index", "index");
    String base = address(out);
    Files.writeString(corpus.resolve("new_directive.txt"), directive("kiểm tra"));
    run("index", "--quiet", "--index", "index", "corpus");
    await(base + "/api/cites?q=26/CT-TTg", body -> body.contains("corpus/new_directive.txt"));
  }

  @Test
  void aWatcherKilledMidBatchLosesNothingAndCatchesUpWhenRestarted() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Path incoming = tmp.resolve("incoming");
    int docs = new CorpusGenerator(40, 20261207L).write(incoming).size();
    Files.delete(incoming.resolve(CorpusGenerator.TRUTH_FILE));
    Output out = new Output();
    Process watch = start(out, new Output(), "watch", "--index", "index", "corpus");
    out.await(line -> line.startsWith("Watching"), "the watcher's start");
    List<Path> drops;
    try (Stream<Path> files = Files.list(incoming)) {
      drops = files.sorted().toList();
    }
    for (Path f : drops) {
      Files.move(f, corpus.resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }
    // Killed as soon as it has begun writing the batch.
    out.await(line -> line.contains(" added corpus/"), "the first document of the batch");
    watch.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    int before = IndexChecks.assertSound(tmp.resolve("index")).size();

    Output again = new Output();
    Output againErr = new Output();
    Process restarted = start(again, againErr, "watch", "--index", "index", "corpus");
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (System.nanoTime() < deadline && count(tmp.resolve("index")) < docs) {
      Thread.sleep(200);
    }
    assertThat(count(tmp.resolve("index")))
        .as("after the restart (%d before): %s %s", before, again.lines, againErr.lines)
        .isEqualTo(docs);
    again.await(line -> line.startsWith("Watching"), "the restarted watcher");
    restarted.destroy();
    assertThat(restarted.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    assertThat(IndexChecks.assertSound(tmp.resolve("index"))).hasSize(docs);
    IndexChecks.assertResolvedAsWhole(tmp.resolve("index"));
  }

  @Test
  void aFileWrittenInBurstsIsIndexedOnceAndComplete() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Output out = new Output();
    Process watch =
        start(out, new Output(), "watch", "--settle-ms", "400", "--index", "index", "corpus");
    out.await(line -> line.startsWith("Watching"), "the watcher's start");
    Thread.sleep(1000);
    // An editor saving in bursts, or a slow copy: five appends 100 ms apart.
    Path file = corpus.resolve("slow_copy.txt");
    String whole = directive("zebrasaobang kiểm tra");
    int step = whole.length() / 5 + 1;
    for (int from = 0; from < whole.length(); from += step) {
      Files.writeString(
          file,
          whole.substring(from, Math.min(whole.length(), from + step)),
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
      Thread.sleep(100);
    }
    out.await(line -> line.endsWith(" added corpus/slow_copy.txt"), "the 'added' line");
    Thread.sleep(1500);
    watch.destroy();
    assertThat(watch.waitFor(60, TimeUnit.SECONDS)).isTrue();
    synchronized (out.lines) {
      assertThat(out.lines.stream().filter(l -> l.contains("corpus/slow_copy.txt")))
          .as("indexed once, after the last append")
          .hasSize(1);
    }
    try (var dir = org.apache.lucene.store.FSDirectory.open(tmp.resolve("index"));
        var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
      var searcher = vanban.search.DocumentSearcher.over(reader);
      assertThat(searcher.text("corpus/slow_copy.txt").orElseThrow()).contains("Võ Trọng Hải");
    }
  }

  private static String address(Output out) throws InterruptedException {
    Matcher m = SERVING.matcher(out.await(line -> SERVING.matcher(line).find(), "the address"));
    assertThat(m.find()).isTrue();
    return "http://" + m.group(1);
  }

  private static int count(Path index) {
    try (var dir = org.apache.lucene.store.FSDirectory.open(index);
        var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
      return reader.numDocs();
    } catch (IOException e) {
      return 0;
    }
  }

  private static String directive(String words) {
    return "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 77/CT-UBND    Hà Tĩnh, ngày 05 tháng 12 năm 2026\n\n"
        + "CHỈ THỊ\nVề tăng cường kỷ luật, kỷ cương hành chính\n\n"
        + "Thực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ về tăng cường kỷ"
        + " luật, kỷ cương trong các cơ quan hành chính nhà nước các cấp:\n"
        + "1. Các sở, ban, ngành phải "
        + words
        + " việc chấp hành giờ làm việc.\n\nCHỦ TỊCH\nVõ Trọng Hải\n";
  }

  private static String search(String base, String q) {
    return base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  private String get(String url) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
    return r.statusCode() + " " + r.body();
  }

  /** Polls {@code url} until its answer passes {@code ok}, failing with the last answer. */
  private void await(String url, Predicate<String> ok) throws Exception {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      last = get(url);
      if (ok.test(last)) {
        return;
      }
      Thread.sleep(100);
    }
    assertThat(last).as("answer of " + url + " within " + DEADLINE).isEqualTo("as expected");
  }

  private Process start(Output out, Output err, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx384m", "-cp", System.getProperty("java.class.path")));
    command.add("vanban.cli.Main");
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(tmp.toFile()).start();
    started.add(p);
    out.read(p.getInputStream());
    err.read(p.getErrorStream());
    return p;
  }

  private void run(String... args) throws Exception {
    Process p = start(new Output(), new Output(), args);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  /** The lines a process printed, read as they come. */
  private static final class Output {
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    void read(InputStream in) {
      Thread t =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                  for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                  }
                } catch (IOException e) {
                  // The process ended.
                }
              });
      t.setDaemon(true);
      t.start();
    }

    /** The first line passing {@code ok}, waiting for it up to the deadline. */
    String await(Predicate<String> ok, String what) throws InterruptedException {
      long deadline = System.nanoTime() + DEADLINE.toNanos();
      while (System.nanoTime() < deadline) {
        synchronized (lines) {
          for (String line : lines) {
            if (ok.test(line)) {
              return line;
            }
          }
        }
        Thread.sleep(50);
      }
      throw new AssertionError("no line with " + what + " within " + DEADLINE + ": " + lines);
    }
  }
}
