package vanban.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import vanban.query.GraphLoader;
import vanban.index.IndexFields;
import vanban.lexicon.SymbolQuery;
import vanban.model.Citation;
import vanban.model.ExtractionRecord;
import vanban.search.DocumentSearcher;
import vanban.search.SearchRequest;

/**
 * Warm, in-process query latency over an index: opens it once, runs 200 warm-up queries, then N
 * {@code cites} lookups (the first page of records citing a number-symbol with the exact count,
 * their citation graph, the answer — what {@code vanban cites} computes by default; local instruments N times, national ones 100 times) and N full-text searches (top 10 with snippets), and prints
 * p50 / p99 / max of each in milliseconds.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt) vanban.bench.QueryLatencyBenchmark INDEX [N]}
 */
public final class QueryLatencyBenchmark {
  private static final List<String> WORDS =
      List.of(
          "kỷ luật", "ky luat ky cuong", "\"cải cách hành chính\"", "tham nhũng", "tiết kiệm",
          "an toàn giao thông", "chuyển đổi số", "phòng cháy", "đạo đức công vụ", "Tết Nguyên đán",
          "bao ve moi truong", "đất đai", "thiên tai", "giải ngân", "văn hóa công sở");

  private QueryLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path index = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    Random random = new Random(1);
    try (DocumentSearcher searcher = DocumentSearcher.open(index)) {
      List<String> symbols = symbols(searcher, random);
      for (int i = 0; i < 200; i++) {
        cites(searcher, symbols.get(i % symbols.size()));
        searcher.search(SearchRequest.of(WORDS.get(i % WORDS.size())));
      }
      // Local instruments (a province's own, cited by a few documents) and national ones (cited
      // across the country, by thousands in a large corpus) are reported apart: both answer with
      // a page of citing documents and the exact count, so both should cost about the same.
      List<String> local = symbols.stream().filter(s -> s.endsWith("/TU") || s.contains("UBND")).distinct().toList();
      List<String> national = symbols.stream().filter(s -> !local.contains(s)).distinct().toList();
      long[] cites = new long[n];
      long[] text = new long[n];
      long citing = 0;
      for (int i = 0; i < n; i++) {
        long t = System.nanoTime();
        citing += cites(searcher, local.get(random.nextInt(local.size())));
        cites[i] = System.nanoTime() - t;
      }
      int heavy = Math.min(n, 100);
      long[] citesNational = new long[heavy];
      long citingNational = 0;
      for (int i = 0; i < heavy; i++) {
        long t = System.nanoTime();
        citingNational += cites(searcher, national.get(random.nextInt(national.size())));
        citesNational[i] = System.nanoTime() - t;
      }
      for (int i = 0; i < n; i++) {
        long t = System.nanoTime();
        searcher.search(SearchRequest.of(WORDS.get(random.nextInt(WORDS.size()))));
        text[i] = System.nanoTime() - t;
      }
      System.out.printf("cites local    %s (avg %.1f documents citing the instrument, %d distinct symbols)%n", summary(cites), (double) citing / n, local.size());
      System.out.printf("cites national %s (avg %.1f documents citing the instrument, %d distinct symbols)%n", summary(citesNational), (double) citingNational / heavy, national.size());
      System.out.printf("full-text      %s%n", summary(text));
    }
  }

  /**
   * What {@code vanban cites SYMBOL} computes: the first page of citing records (and of each
   * amendment's), the exact count, their graph with the citing sentences, the answer. Returns the
   * number of documents citing it in all.
   */
  private static int cites(DocumentSearcher searcher, String typed) throws IOException {
    SymbolQuery q = SymbolQuery.parse(typed).orElseThrow();
    GraphLoader.CitingAnswer answer =
        GraphLoader.loadCiting(searcher, q, GraphLoader.DEFAULT_LIMIT);
    List<vanban.crossref.CitedInstrument> found = answer.graph().find(q, null);
    int citing = 0;
    for (vanban.crossref.CitedInstrument ci : found) {
      citing += GraphLoader.total(ci, answer.totals(), found);
    }
    return citing;
  }

  /** Number-symbols cited in the index: those of a sample of documents' citations. */
  private static List<String> symbols(DocumentSearcher searcher, Random random) throws IOException {
    List<String> out = new ArrayList<>();
    var hits = searcher.search(new SearchRequest("kỷ luật OR tham nhũng OR tiết kiệm OR đất đai", 200, null, null, null, null, false)).hits();
    for (var hit : hits) {
      Optional<ExtractionRecord> r = searcher.record(hit.source());
      for (Citation c : r.map(ExtractionRecord::citations).orElse(List.of())) {
        if (c.symbol() != null && IndexFields.symbolKey(c.symbol()).isPresent()
            && SymbolQuery.parse(c.symbol()).map(q -> q.symbol() != null).orElse(false)) {
          out.add(c.symbol());
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no cited number-symbol found in " + searcher);
    }
    return out;
  }

  private static String summary(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return String.format(
        "n=%d p50 %.2f ms  p99 %.2f ms  max %.2f ms",
        s.length, s[s.length / 2] / 1e6, s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6, s[s.length - 1] / 1e6);
  }
}
