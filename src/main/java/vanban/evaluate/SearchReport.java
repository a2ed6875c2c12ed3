package vanban.evaluate;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vanban.evaluate.SearchEvaluator.Figures;
import vanban.evaluate.SearchEvaluator.Means;
import vanban.evaluate.SearchEvaluator.QueryResult;

/** Prints what {@link SearchEvaluator} measured: a table of means, then optionally each query. */
public final class SearchReport {
  private SearchReport() {}

  /** The means by set, vanban and the plain-Lucene baseline, as typed and without diacritics. */
  public static void print(List<QueryResult> results, int documents, PrintWriter out) {
    Map<String, Means> sets = SearchEvaluator.bySet(results);
    out.printf(
        Locale.ROOT,
        "search over %d documents, %d judged queries (%d tune, %d held out)%n",
        documents, results.size(), sets.get(JudgedQuery.TUNE).queries(), sets.get(JudgedQuery.HELD_OUT).queries());
    out.printf(Locale.ROOT, "%-24s %21s   %21s%n", "", "as typed", "without diacritics");
    out.printf(Locale.ROOT, "%-24s %10s %10s   %10s %10s%n", "", "nDCG@10", "MRR@10", "nDCG@10", "MRR@10");
    sets.forEach(
        (set, m) -> {
          String label = set.equals(JudgedQuery.HELD_OUT) ? "held out" : set;
          out.printf(Locale.ROOT, "%s (%d)%n", label, m.queries());
          Figures f = m.figures();
          out.printf(
              Locale.ROOT, "  %-22s %10.3f %10.3f   %10.3f %10.3f%n", "vanban",
              f.vanbanNdcg(), f.vanbanRr(), f.vanbanNdcgStripped(), f.vanbanRrStripped());
          out.printf(
              Locale.ROOT, "  %-22s %10.3f %10.3f   %10.3f %10.3f%n", "plain Lucene",
              f.plainNdcg(), f.plainRr(), f.plainNdcgStripped(), f.plainRrStripped());
        });
  }

  /**
   * Each query below a perfect score: its figures, vanban's top five with their grades, and the
   * best-graded documents vanban left out of its top ten. Held-out queries only when asked.
   */
  public static void printQueries(List<QueryResult> results, boolean heldOut, PrintWriter out) {
    out.println();
    out.println("per query: vanban nDCG@10 typed / stripped, plain typed / stripped");
    for (QueryResult r : results) {
      JudgedQuery q = r.query();
      if (!heldOut && q.set().equals(JudgedQuery.HELD_OUT)) {
        continue;
      }
      out.printf(
          Locale.ROOT, "%s %-7s %-9s vanban %.2f / %.2f  plain %.2f / %.2f  %s%n",
          q.id(), q.set(), q.kind(), r.figures().vanbanNdcg(), r.figures().vanbanNdcgStripped(),
          r.figures().plainNdcg(), r.figures().plainNdcgStripped(), q.query());
      if (r.figures().vanbanNdcg() < 1) {
        printRanking("typed", r.typed().vanban(), q, out);
      }
      if (r.figures().vanbanNdcgStripped() < 1) {
        printRanking("stripped", r.unaccented().vanban(), q, out);
      }
    }
  }

  private static void printRanking(String label, List<String> ranked, JudgedQuery q, PrintWriter out) {
    StringBuilder top = new StringBuilder();
    for (int i = 0; i < Math.min(5, ranked.size()); i++) {
      top.append(' ').append(q.grade(ranked.get(i))).append(':').append(shortName(ranked.get(i)));
    }
    StringBuilder missed = new StringBuilder();
    q.grades().entrySet().stream()
        .filter(e -> !ranked.contains(e.getKey()))
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(5)
        .forEach(e -> missed.append(' ').append(e.getValue()).append(':').append(shortName(e.getKey())));
    out.printf(Locale.ROOT, "    %-8s top%s%s%n", label, top, missed.isEmpty() ? "" : "  | missed" + missed);
  }

  private static String shortName(String file) {
    return file.length() > 28 ? file.substring(0, 28) : file;
  }
}
