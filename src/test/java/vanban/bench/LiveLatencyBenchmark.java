package vanban.bench;

import java.net.URI;
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
import java.util.SplittableRandom;

/**
 * How long a directive takes from landing in a watched folder to being found through {@code
 * /api/search}: drops {@code N} documents one at a time into a folder a {@code vanban serve
 * --watch} is watching (each written aside, then moved in, as a finished copy lands), polls the
 * search API for a word only that document has, and prints the median, p90, p99 and worst. The
 * drops are deleted afterwards, and the benchmark waits until the index no longer has them.
 *
 * <p>Usage: {@code LiveLatencyBenchmark BASE_URL DROP_FOLDER [N=60]} ({@code bench/live.sh} runs
 * it).
 */
public final class LiveLatencyBenchmark {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    String base = args[0];
    Path folder = Path.of(args[1]);
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    Files.createDirectories(folder);
    SplittableRandom random = new SplittableRandom(20261207L);
    List<Double> millis = new ArrayList<>();
    List<Path> dropped = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String word = word(random);
      Path aside = folder.resolve(".landing-" + i + ".txt");
      Path landed = folder.resolve("live-" + i + ".txt");
      Files.writeString(aside, directive(word), StandardCharsets.UTF_8);
      long start = System.nanoTime();
      Files.move(aside, landed, StandardCopyOption.ATOMIC_MOVE);
      dropped.add(landed);
      String name = landed.getFileName().toString();
      while (!get(base + "/api/search?limit=3&q=" + word).contains(name)) {
        if (System.nanoTime() - start > Duration.ofSeconds(60).toNanos()) {
          throw new IllegalStateException(name + " not searchable after 60 s");
        }
        Thread.sleep(5);
      }
      millis.add((System.nanoTime() - start) / 1e6);
      Thread.sleep(250);
    }
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    System.out.printf(
        "drop to searchable over %d drops: median %.0f ms, p90 %.0f ms, p99 %.0f ms, worst %.0f ms%n",
        n, quantile(sorted, 0.5), quantile(sorted, 0.9), quantile(sorted, 0.99), sorted.get(n - 1));
    System.out.println(
        "each drop, in order (ms): "
            + millis.stream().map(m -> String.format("%.0f", m)).toList());
    System.out.println("status: " + get(base + "/api/status"));
    for (Path p : dropped) {
      Files.deleteIfExists(p);
    }
    String last = dropped.get(dropped.size() - 1).getFileName().toString();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (get(base + "/api/search?q=kiểm+tra+đột+xuất&limit=1000").contains(last)
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }

  /** A made-up word of letters only, found in one document. */
  private static String word(SplittableRandom random) {
    StringBuilder s = new StringBuilder("zq");
    for (int i = 0; i < 8; i++) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  private static double quantile(List<Double> sorted, double q) {
    int i = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static String get(String url) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url.replace(" ", "+"))).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static String directive(String word) {
    return "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 88/CT-UBND    Hà Tĩnh, ngày 07 tháng 12 năm 2026\n\n"
        + "CHỈ THỊ\nVề kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính\n\n"
        + "Thực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ, Chủ tịch Ủy ban"
        + " nhân dân tỉnh yêu cầu:\n1. Các sở, ban, ngành phải kiểm tra đột xuất việc "
        + word
        + " và chấp hành giờ làm việc.\n\nCHỦ TỊCH\nVõ Trọng Hải\n";
  }
}
