package vanban.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tags a text with the ids of the theme taxonomy ({@code themes.tsv}: alcohol, working-hours, …)
 * whose cue phrases it contains. Thread-safe; the taxonomy is read once.
 */
public final class ThemeTagger {
  /** One theme: its id, Vietnamese label, the pattern of its cues, and a worked example. */
  public record Theme(String id, String label, List<String> cues, Pattern pattern, String example) {
    public Theme {
      cues = List.copyOf(cues);
    }
  }

  private static final String RESOURCE = "/vanban/extract/themes.tsv";

  /**
   * Old and new tone placement ({@code hoá}/{@code hóa}, {@code uỷ}/{@code ủy}): compared as the
   * new.
   */
  private static final String[][] TONE_PLACEMENT = {
    {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
    {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
    {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"},
  };

  private static final ThemeTagger DEFAULT = new ThemeTagger(RelationCues.rows(RESOURCE));

  private final List<Theme> themes = new ArrayList<>();
  // Per theme, the first word of each cue: a text holding none of them cannot match the theme's
  // pattern, and a substring search is far cheaper than the pattern's look-behind at every char.
  private final List<List<String>> firstWords = new ArrayList<>();

  private ThemeTagger(List<String[]> rows) {
    for (String[] row : rows) {
      if (row.length < 3) {
        throw new IllegalStateException(RESOURCE + ": bad row " + String.join("|", row));
      }
      List<String> cues = new ArrayList<>();
      for (String cue : row[2].split("\\|")) {
        String c = canonical(cue.strip());
        if (!c.isEmpty()) {
          cues.add(c);
        }
      }
      Pattern p = wholeWords(cues);
      themes.add(new Theme(row[0], row[1], cues, p, row.length > 3 ? row[3] : ""));
      firstWords.add(cues.stream().map(c -> c.split(" ", 2)[0]).distinct().toList());
    }
  }

  /** The taxonomy on the classpath. */
  public static ThemeTagger get() {
    return DEFAULT;
  }

  /** The themes, in file order. */
  public List<Theme> themes() {
    return List.copyOf(themes);
  }

  /** The Vietnamese label of the theme {@code id}; the id itself when there is no such theme. */
  public String label(String id) {
    for (Theme t : themes) {
      if (t.id().equals(id)) {
        return t.label();
      }
    }
    return id;
  }

  /** The ids of the themes {@code text} speaks of, in taxonomy order. */
  public List<String> tag(String text) {
    String t = canonical(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < themes.size(); i++) {
      Theme theme = themes.get(i);
      if (firstWords.get(i).stream().anyMatch(t::contains) && theme.pattern().matcher(t).find()) {
        out.add(theme.id());
      }
    }
    return out;
  }

  /**
   * The pattern finding any of {@code cues} (already {@link #canonical}) as whole words in a
   * canonical text, any run of spaces between their words; earlier cues are tried first at a place.
   * Whole words: "bia" is not the start of "biên", "họp" not the end of "hội họp"'s neighbour.
   */
  static Pattern wholeWords(List<String> cues) {
    StringBuilder alternatives = new StringBuilder();
    for (String c : cues) {
      if (alternatives.length() > 0) {
        alternatives.append('|');
      }
      alternatives.append(Pattern.quote(c).replace(" ", "\\E\\s+\\Q"));
    }
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }

  /** NFC, lower case, one tone placement, one kind of hyphen. */
  static String canonical(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    for (String[] pair : TONE_PLACEMENT) {
      t = t.replace(pair[0], pair[1]);
    }
    return t.replace('–', '-').replace('\u00a0', ' ');
  }
}
