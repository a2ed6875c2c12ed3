package vanban.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The phrases that relate one cited instrument to the next, from {@code relation-cues.tsv}. */
final class RelationCues {
  /** One cue: its relation, whether the phrase is passive, its pattern and worked example. */
  record Cue(String relation, boolean passive, Pattern pattern, String example) {}

  /** A cue found at the end of the text between two mentions. */
  record Found(String relation, boolean passive) {}

  private static final RelationCues INSTANCE = new RelationCues();
  private final List<Cue> cues = new ArrayList<>();

  private RelationCues() {
    for (String[] row : rows("/vanban/extract/relation-cues.tsv")) {
      Pattern p =
          Pattern.compile(
              "(?:^|\\s|,)" + row[2] + "\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      cues.add(new Cue(row[0], "passive".equals(row[1]), p, row.length > 3 ? row[3] : ""));
    }
    // passive first: "Quy chế … ban hành kèm theo Quyết định số …" must not read as forward
    cues.sort((a, b) -> Boolean.compare(b.passive(), a.passive()));
  }

  static RelationCues get() {
    return INSTANCE;
  }

  List<Cue> cues() {
    return List.copyOf(cues);
  }

  /**
   * The relation that {@code between}, the text from the end of one mention to the start of the
   * next, states by ending with a cue phrase; empty when it states none.
   */
  Optional<Found> find(String between) {
    Found best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Cue c : cues) {
      Matcher m = c.pattern().matcher(between);
      // the cue that explains the longest end of the text wins: "sửa đổi một số điều của Quy định
      // ban hành kèm theo" amends, though it ends with the promulgation phrase
      if (m.find() && m.start() < bestStart) {
        best = new Found(c.relation(), c.passive());
        bestStart = m.start();
      }
    }
    return Optional.ofNullable(best);
  }

  static List<String[]> rows(String resource) {
    InputStream in = RelationCues.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing lexicon " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
