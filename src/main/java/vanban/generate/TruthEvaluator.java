package vanban.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import vanban.index.IndexFields;
import vanban.lexicon.NumberSymbol;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;

/**
 * Scores extraction records against the truth a generated corpus planted: precision and recall
 * of each metadata field and of citations.
 *
 * <p>A metadata field counts as extracted when non-null, and as correct when equal to the truth
 * (symbols by key, so {@code 1567 -CV/TU} and {@code 1567-CV/TU} agree). A citation is the set of
 * distinct (symbol key, date, scope) the record cites; resolution is scored on the cited
 * instruments the truth says are corpus documents.
 */
public final class TruthEvaluator {
  /** Hits, extracted and expected counts of one measure. */
  public record Score(String measure, int correct, int extracted, int expected) {
    public double precision() {
      return extracted == 0 ? 1 : (double) correct / extracted;
    }

    public double recall() {
      return expected == 0 ? 1 : (double) correct / expected;
    }

    @Override
    public String toString() {
      return String.format(
          "%-12s P %.4f R %.4f (%d correct, %d extracted, %d expected)",
          measure, precision(), recall(), correct, extracted, expected);
    }
  }

  private static final List<String> FIELDS =
      List.of("type", "typeCode", "symbol", "number", "issuer", "province", "date", "subject");

  private TruthEvaluator() {}

  /**
   * Scores {@code records} (by the planted file they came from, via {@code recordOf}) against
   * {@code truth}; a missing record counts as nothing extracted.
   */
  public static Map<String, Score> evaluate(
      List<PlantedDocument> truth, Function<String, ExtractionRecord> recordOf,
      Function<String, String> sourceOf) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (String f : FIELDS) {
      counts.put(f, new int[3]);
    }
    counts.put("citations", new int[3]);
    counts.put("resolvedTo", new int[3]);
    for (PlantedDocument t : truth) {
      ExtractionRecord r = recordOf.apply(t.file());
      DocumentMetadata m = r == null || r.document() == null ? DocumentMetadata.empty() : r.document();
      PlantedDocument.Metadata e = t.document();
      field(counts, "type", e.type(), m.type());
      field(counts, "typeCode", e.typeCode(), m.typeCode());
      field(counts, "symbol", key(e.symbol()), m.symbol() == null ? null : key(m.symbol()));
      field(counts, "number", e.number(), m.number());
      field(counts, "issuer", e.issuer(), m.issuer());
      field(counts, "province", e.province(), m.province());
      field(counts, "date", e.date(), m.date());
      field(counts, "subject", e.subject(), m.subject());

      Set<String> expected = new HashSet<>();
      Map<String, String> expectedTargets = new LinkedHashMap<>();
      for (PlantedCitation c : t.citations()) {
        String id = key(c.symbol()) + "|" + c.date() + "|" + c.scope();
        expected.add(id);
        if (c.resolvedTo() != null) {
          expectedTargets.put(id, sourceOf.apply(c.resolvedTo()));
        }
      }
      Set<String> got = new HashSet<>();
      Map<String, String> gotTargets = new LinkedHashMap<>();
      for (Citation c : r == null ? List.<Citation>of() : r.citations()) {
        if (c.symbol() == null) {
          continue;
        }
        String id = key(c.symbol()) + "|" + c.date() + "|" + c.scope();
        got.add(id);
        if (c.resolvedTo() != null) {
          gotTargets.putIfAbsent(id, c.resolvedTo());
        }
      }
      int[] cc = counts.get("citations");
      Set<String> both = new HashSet<>(got);
      both.retainAll(expected);
      cc[0] += both.size();
      cc[1] += got.size();
      cc[2] += expected.size();
      int[] rc = counts.get("resolvedTo");
      for (Map.Entry<String, String> g : gotTargets.entrySet()) {
        rc[1]++;
        if (g.getValue().equals(expectedTargets.get(g.getKey()))) {
          rc[0]++;
        }
      }
      rc[2] += expectedTargets.size();
    }
    Map<String, Score> out = new LinkedHashMap<>();
    counts.forEach((k, v) -> out.put(k, new Score(k, v[0], v[1], v[2])));
    return out;
  }

  /** Every score's lines, for a report. */
  public static List<String> report(Map<String, Score> scores) {
    List<String> out = new ArrayList<>();
    scores.values().forEach(s -> out.add(s.toString()));
    return out;
  }

  private static void field(Map<String, int[]> counts, String name, Object expected, Object got) {
    int[] c = counts.get(name);
    if (got != null) {
      c[1]++;
    }
    if (expected != null) {
      c[2]++;
    }
    if (got != null && Objects.equals(expected, got)) {
      c[0]++;
    }
  }

  private static String key(String symbol) {
    return IndexFields.symbolKey(symbol).orElse(NumberSymbol.keyOf(symbol));
  }
}
