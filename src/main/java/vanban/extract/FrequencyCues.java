package vanban.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * How often a duty recurs (DOMAIN.md §4): {@code hằng tháng}/{@code hàng tháng} monthly, {@code
 * hằng quý} quarterly, {@code định kỳ 6 tháng} semiannual, {@code hằng năm} annual, {@code định kỳ}
 * alone periodic, {@code đột xuất} ad-hoc. Cues are the {@code frequency} rows of {@code
 * obligation-cues.tsv}.
 */
public final class FrequencyCues {
  /** Most frequent first; periodic and ad-hoc say nothing about the rhythm, so they rank last. */
  private static final List<String> RANK =
      List.of("monthly", "quarterly", "semiannual", "annual", "periodic", "ad-hoc");

  private FrequencyCues() {}

  /** A frequency written in a text, with where it starts. */
  public record Mention(String frequency, int start, int end) {}

  /** Every frequency mention of {@code text}, in text order, each frequency once. */
  public static List<Mention> find(String text) {
    List<Mention> out = new ArrayList<>();
    for (ObligationCues.Cue cue : ObligationCues.get().of("frequency")) {
      Matcher m = cue.pattern().matcher(text);
      if (m.find()) {
        out.add(new Mention(cue.label(), m.start(), m.end()));
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /** The distinct frequencies of {@code text}, in text order. */
  public static List<String> all(String text) {
    return find(text).stream().map(Mention::frequency).toList();
  }

  /**
   * The one frequency of a duty: when several are written ({@code định kỳ 6 tháng, hằng năm}), the
   * most frequent, because that is the first deadline the actor must meet; {@code periodic} or
   * {@code ad-hoc} only when nothing more precise is written; null when none.
   */
  public static String of(String text) {
    return find(text).stream()
        .map(Mention::frequency)
        .min(Comparator.comparingInt(RANK::indexOf))
        .orElse(null);
  }
}
