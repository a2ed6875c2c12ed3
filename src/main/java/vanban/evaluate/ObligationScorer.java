package vanban.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vanban.extract.ObligationExtractor;
import vanban.model.Obligation;

/**
 * Scores extracted obligations against annotated ones. A unit found matches a gold unit when
 * their words overlap: at least {@link #OVERLAP} of the shorter one's words are in the other (the
 * same text, give or take a heading or a trailing clause); each unit is matched once, best overlap
 * first. On the matched pairs it counts modality, actor (words compared as {@link
 * Evaluator#words}), frequency, deadline and report-to agreement and the themes; every unit found
 * with fewer than four words, or with no word in lower case (a heading, a name), is a fragment.
 */
final class ObligationScorer {
  static final double OVERLAP = 0.6;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** Running counts over documents. */
  int gold;
  int found;
  int matched;
  int modality;
  int actor;
  int frequency;
  int deadline;
  int reportTo;
  int themesTp;
  int themesFp;
  int themesFn;
  int fragments;
  final List<Evaluation.Miss> misses = new ArrayList<>();

  void score(String source, List<GoldDocument.GoldObligation> want, List<Obligation> got) {
    gold += want.size();
    found += got.size();
    for (Obligation o : got) {
      if (fragment(o.text())) {
        fragments++;
        misses.add(new Evaluation.Miss(source, "obligation fragment", null, o.text()));
      }
    }
    List<Set<String>> wantWords = new ArrayList<>();
    for (GoldDocument.GoldObligation w : want) {
      wantWords.add(words(w.text()));
    }
    List<Set<String>> gotWords = new ArrayList<>();
    for (Obligation o : got) {
      gotWords.add(words(o.text()));
    }
    // Every pair over the threshold, best first; each side used once.
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < want.size(); i++) {
      for (int j = 0; j < got.size(); j++) {
        double s = overlap(wantWords.get(i), gotWords.get(j));
        if (s >= OVERLAP) {
          pairs.add(new double[] {s, i, j});
        }
      }
    }
    pairs.sort((a, b) -> Double.compare(b[0], a[0]));
    boolean[] wantUsed = new boolean[want.size()];
    boolean[] gotUsed = new boolean[got.size()];
    for (double[] p : pairs) {
      int i = (int) p[1];
      int j = (int) p[2];
      if (wantUsed[i] || gotUsed[j]) {
        continue;
      }
      wantUsed[i] = true;
      gotUsed[j] = true;
      matched++;
      compare(source, want.get(i), got.get(j));
    }
    for (int i = 0; i < want.size(); i++) {
      if (!wantUsed[i]) {
        misses.add(new Evaluation.Miss(source, "obligation", short60(want.get(i).text()), null));
      }
    }
    for (int j = 0; j < got.size(); j++) {
      if (!gotUsed[j]) {
        misses.add(new Evaluation.Miss(source, "obligation", null, short60(got.get(j).text())));
      }
    }
  }

  private void compare(String source, GoldDocument.GoldObligation w, Obligation o) {
    String unit = short60(w.text());
    if (Objects.equals(w.modality(), o.modality())) {
      modality++;
    } else {
      misses.add(new Evaluation.Miss(source, "modality of \"" + unit + "\"", w.modality(), o.modality()));
    }
    if (sameActor(w.actor(), o.actor())) {
      actor++;
    } else {
      misses.add(new Evaluation.Miss(source, "actor of \"" + unit + "\"", w.actor(), o.actor()));
    }
    if (Objects.equals(w.frequency(), o.frequency())) {
      frequency++;
    }
    if (Objects.equals(w.deadline(), o.deadline())) {
      deadline++;
    }
    if (sameActor(w.reportTo(), o.reportTo())) {
      reportTo++;
    }
    Set<String> wt = new HashSet<>(w.themes());
    Set<String> ot = new HashSet<>(o.themes());
    for (String t : ot) {
      if (wt.contains(t)) {
        themesTp++;
      } else {
        themesFp++;
      }
    }
    for (String t : wt) {
      if (!ot.contains(t)) {
        themesFn++;
      }
    }
  }

  Evaluation.ObligationScore result() {
    return new Evaluation.ObligationScore(
        gold, found, matched, modality, actor, frequency, deadline, reportTo, themesTp, themesFp,
        themesFn, fragments);
  }

  /** {@code UBND tỉnh} = {@code Ủy ban nhân dân tỉnh}; case, tone placement and punctuation aside. */
  static boolean sameActor(String a, String b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return actorKey(a).equals(actorKey(b));
  }

  private static String actorKey(String s) {
    String t = " " + Evaluator.words(s).replace("uỷ", "ủy").replaceAll("[,.;:()]", " ") + " ";
    t =
        t.replace(" ubnd ", " ủy ban nhân dân ")
            .replace(" hđnd ", " hội đồng nhân dân ")
            .replace(" mttq ", " mặt trận tổ quốc ")
            .replace(" tp ", " thành phố ")
            .replace(" mặt trận tổ quốc việt nam ", " mặt trận tổ quốc ");
    // "Đồng chí Chủ tịch …" is the office "Chủ tịch …" (devset/RULES.md, S1).
    t = t.replaceAll("^\\s*(?:đồng chí|đ/c|ông|bà)\\s+", " ");
    return t.replaceAll("\\s+", " ").strip();
  }

  /** The extractor's own test ({@link ObligationExtractor#fragment}): what it must never emit. */
  static boolean fragment(String text) {
    return ObligationExtractor.fragment(text);
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    if (s == null) {
      return out;
    }
    var m = WORD.matcher(Evaluator.words(s).toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String w : a) {
      if (b.contains(w)) {
        common++;
      }
    }
    return (double) common / Math.min(a.size(), b.size());
  }

  private static String short60(String s) {
    if (s == null) {
      return null;
    }
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
