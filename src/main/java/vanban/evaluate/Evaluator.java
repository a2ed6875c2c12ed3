package vanban.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vanban.lexicon.Provinces;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.normalize.VietnameseNormalizer;

/**
 * Scores extraction records against gold documents. Values are compared as a reader would: case,
 * spacing and the placement of tone marks ({@code hoà}/{@code hòa}) do not count; a province is
 * compared by the province it names ({@code TP. Hồ Chí Minh} = {@code Hồ Chí Minh}); a
 * number-symbol by its canonical form, case-insensitively and without leading zeros. Stateless.
 */
public final class Evaluator {

  /**
   * Scores {@code records} (by file name of their source) against {@code gold}. A gold document
   * with no record counts as a record with nothing in it, and {@code failures} says why.
   */
  public Evaluation evaluate(
      List<GoldDocument> gold, Map<String, ExtractionRecord> records, Map<String, String> failures) {
    Map<String, int[]> fieldCounts = new LinkedHashMap<>();
    for (String f : GoldFile.FIELDS) {
      fieldCounts.put(f, new int[2]);
    }
    List<Evaluation.Miss> misses = new ArrayList<>();
    int goldCitations = 0;
    int foundCitations = 0;
    int matched = 0;
    int goldMentions = 0;
    int foundMentions = 0;
    int exactMentions = 0;
    int goldNamed = 0;
    int foundNamed = 0;
    ObligationScorer obligations = new ObligationScorer();
    boolean anyObligations = false;
    for (GoldDocument g : gold) {
      String name = fileName(g.source());
      ExtractionRecord r = records.get(name);
      if (r == null && failures.containsKey(name)) {
        misses.add(new Evaluation.Miss(name, "file", "read", failures.get(name)));
      }
      DocumentMetadata d = r == null ? null : r.document();
      for (Map.Entry<String, String> f : g.fields().entrySet()) {
        if (GoldDocument.SKIP.equals(f.getValue()) || !fieldCounts.containsKey(f.getKey())) {
          continue;
        }
        // A value a sidecar supplied is the user's, not extraction's: scored as not found.
        String got =
            d == null || supplied(r, f.getKey()) ? null : field(d, f.getKey());
        int[] c = fieldCounts.get(f.getKey());
        c[1]++;
        if (same(f.getKey(), f.getValue(), got)) {
          c[0]++;
        } else {
          misses.add(new Evaluation.Miss(name, f.getKey(), f.getValue(), got));
        }
      }

      Map<String, Integer> want = new TreeMap<>();
      Map<String, String> wantShown = new LinkedHashMap<>();
      for (GoldDocument.GoldCitation c : g.citations()) {
        String k = key(c.symbol(), c.year());
        want.merge(k, c.mentions(), Integer::sum);
        wantShown.putIfAbsent(k, shown(c.symbol(), c.year()));
      }
      Map<String, Integer> found = new TreeMap<>();
      Map<String, String> foundShown = new LinkedHashMap<>();
      if (r != null) {
        for (Citation c : r.citations()) {
          if (c.symbol() == null) {
            foundNamed++;
            continue;
          }
          Integer year = c.year() != null ? c.year() : c.date() == null ? null : c.date().getYear();
          String k = key(c.symbol(), year);
          found.merge(k, 1, Integer::sum);
          foundShown.putIfAbsent(k, shown(c.symbol(), year));
        }
      }
      if (g.hasObligations()) {
        anyObligations = true;
        obligations.score(name, g.obligations(), r == null ? List.of() : r.obligations());
      }
      goldNamed += g.named().size();
      goldCitations += want.size();
      foundCitations += found.size();
      for (Map.Entry<String, Integer> w : want.entrySet()) {
        goldMentions += w.getValue();
        Integer f = found.get(w.getKey());
        if (f != null) {
          matched++;
          if (f.equals(w.getValue())) {
            exactMentions++;
          }
        } else {
          misses.add(new Evaluation.Miss(name, "citation", wantShown.get(w.getKey()), null));
        }
      }
      for (Map.Entry<String, Integer> f : found.entrySet()) {
        foundMentions += f.getValue();
        if (!want.containsKey(f.getKey())) {
          misses.add(new Evaluation.Miss(name, "citation", null, foundShown.get(f.getKey())));
        }
      }
    }
    Map<String, Evaluation.FieldScore> fields = new LinkedHashMap<>();
    fieldCounts.forEach((f, c) -> fields.put(f, new Evaluation.FieldScore(c[0], c[1])));
    return new Evaluation(
        gold.size(),
        fields,
        new Evaluation.CitationScore(goldCitations, foundCitations, matched),
        new Evaluation.MentionCount(goldMentions, foundMentions, exactMentions, matched),
        new Evaluation.NamedCount(goldNamed, foundNamed),
        anyObligations ? obligations.result() : null,
        withObligationMisses(misses, obligations.misses));
  }

  private static List<Evaluation.Miss> withObligationMisses(
      List<Evaluation.Miss> misses, List<Evaluation.Miss> obligationMisses) {
    List<Evaluation.Miss> all = new ArrayList<>(misses);
    all.addAll(obligationMisses);
    return all;
  }

  /** The last segment of a path, with either separator. */
  public static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }

  private static boolean supplied(ExtractionRecord r, String field) {
    return r.supplied().contains(field)
        || (field.equals("signer.name") && r.supplied().contains("signer.name"));
  }

  static String field(DocumentMetadata d, String name) {
    return switch (name) {
      case "type" -> d.type();
      case "symbol" -> d.symbol();
      case "date" -> d.date() == null ? null : d.date().toString();
      case "province" -> d.province();
      case "issuer" -> d.issuer();
      case "signer.name" -> d.signer() == null ? null : d.signer().name();
      default -> throw new IllegalArgumentException("no metadata field " + name);
    };
  }

  static boolean same(String field, String want, String got) {
    if (want == null || got == null) {
      return want == null && got == null;
    }
    return switch (field) {
      case "symbol" -> symbolKey(want).equals(symbolKey(got));
      case "date" -> want.strip().equals(got.strip());
      case "province" -> province(want).equals(province(got));
      case "issuer" -> issuer(want).equals(issuer(got));
      default -> words(want).equals(words(got));
    };
  }

  /** Case, spacing and tone placement folded: {@code Thanh Hoá} = {@code thanh hóa}. */
  static String words(String s) {
    String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    t = VietnameseNormalizer.foldTonePlacement(t).toLowerCase(Locale.ROOT);
    return t.replaceAll("[\\s\u00a0]+", " ").strip();
  }

  /**
   * An issuer's words with {@code UBND}, {@code HĐND}, {@code MTTQ} and {@code TP.} spelled out and
   * a trailing province name dropped (devset/RULES.md D4): {@code UBND tỉnh Lâm Đồng} = {@code Ủy
   * ban nhân dân}.
   */
  static String issuer(String s) {
    String t =
        " " + words(s).replace("uỷ", "ủy").replaceAll("\\s*-\\s*", "-").replaceAll("[,.]", " ").replaceAll("\\s+", " ") + " ";
    t =
        t.replace(" ubnd ", " ủy ban nhân dân ")
            .replace(" hđnd ", " hội đồng nhân dân ")
            .replace(" mttq ", " mặt trận tổ quốc ")
            .replace(" tp ", " thành phố ")
            .strip()
            // "Ban Chấp hành Trung ương (Đảng)": the same body, named with or without the Party.
            .replaceFirst("\\s+đảng$", "");
    // Drop the longest trailing run of words that names a province.
    String[] w = t.split(" ");
    for (int k = Math.max(1, w.length - 4); k < w.length; k++) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
      if (Provinces.get().lookup(tail).isPresent()) {
        String head = String.join(" ", java.util.Arrays.copyOfRange(w, 0, k));
        return head.replaceFirst("\\s+(?:tỉnh|thành phố)$", "");
      }
    }
    return t;
  }

  /** The province a name denotes, else its words without {@code tỉnh}/{@code thành phố}/{@code TP.}. */
  static String province(String s) {
    String bare = words(s).replaceFirst("^(?:tỉnh|thành phố|tp\\.?)\\s*", "");
    Optional<Provinces.Province> p = Provinces.get().lookup(bare);
    return p.map(x -> words(x.name())).orElse(bare);
  }

  /** {@code 05-CT/TW} = {@code 5-ct/tw}: canonical, lower-case, number without leading zeros. */
  static String symbolKey(String symbol) {
    String k = words(symbol).replaceAll("\\s", "").replace('\u2013', '-').replace('\u2014', '-');
    return k.replaceFirst("^0+(?=\\d)", "");
  }

  private static String key(String symbol, Integer year) {
    return symbolKey(symbol) + "|" + (year == null ? "" : year);
  }

  private static String shown(String symbol, Integer year) {
    return symbol + " (" + (year == null ? "no year" : year) + ")";
  }
}
