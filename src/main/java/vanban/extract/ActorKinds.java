package vanban.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of organisation an obligation's actor is ({@code actor-kinds.tsv}): {@code Ủy ban nhân
 * dân các huyện, thị xã} and {@code Chủ tịch UBND các huyện} are both {@code district-committee}, so
 * the compare matrix can set who must act in one province beside another. Thread-safe; the lexicon
 * is read once.
 */
public final class ActorKinds {
  /** Actors no cue matches. */
  public static final String OTHER = "other";

  /** One kind: its id, Vietnamese label, the pattern of its cues, and a worked example. */
  public record Kind(String id, String label, Pattern pattern, String example) {}

  private static final ActorKinds DEFAULT = new ActorKinds();

  private final List<Kind> kinds = new ArrayList<>();

  private ActorKinds() {
    for (String[] row : RelationCues.rows("/vanban/extract/actor-kinds.tsv")) {
      if (row.length < 4) {
        throw new IllegalStateException("actor-kinds.tsv: bad row " + String.join("|", row));
      }
      List<String> cues = new ArrayList<>();
      for (String cue : row[2].split("\\|")) {
        String c = ThemeTagger.canonical(cue.strip());
        if (!c.isEmpty()) {
          cues.add(c);
        }
      }
      // Longest first, so that a kind's match at a place is its longest cue there.
      cues.sort((a, b) -> b.length() - a.length());
      Pattern p = ThemeTagger.wholeWords(cues);
      kinds.add(new Kind(row[0], row[1], p, row[3]));
    }
  }

  /** The lexicon on the classpath. */
  public static ActorKinds get() {
    return DEFAULT;
  }

  /** The kinds, in file order. */
  public List<Kind> kinds() {
    return List.copyOf(kinds);
  }

  /** The Vietnamese label of {@code id}, or {@code id} itself when the lexicon has none. */
  public String label(String id) {
    for (Kind k : kinds) {
      if (k.id().equals(id)) {
        return k.label();
      }
    }
    return id.equals(OTHER) ? "Khác" : id;
  }

  /**
   * The kind of {@code actor}: that of the cue found first in it, the longest at the same place;
   * {@link #OTHER} when none matches; null when there is no actor.
   */
  public String of(String actor) {
    if (actor == null || actor.isBlank()) {
      return null;
    }
    String t = ThemeTagger.canonical(actor);
    String best = OTHER;
    int bestStart = Integer.MAX_VALUE;
    int bestLength = -1;
    for (Kind k : kinds) {
      Matcher m = k.pattern().matcher(t);
      if (m.find()) {
        int length = m.end() - m.start();
        if (m.start() < bestStart || (m.start() == bestStart && length > bestLength)) {
          best = k.id();
          bestStart = m.start();
          bestLength = length;
        }
      }
    }
    return best;
  }
}
