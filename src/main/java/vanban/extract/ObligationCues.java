package vanban.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The cue phrases of obligations, from {@code obligation-cues.tsv} (DOMAIN.md §5). */
final class ObligationCues {
  /** One row: its kind, label (a modality or frequency, {@code -} otherwise), pattern, example. */
  record Cue(String kind, String label, Pattern pattern, String example) {}

  private static final ObligationCues INSTANCE = new ObligationCues();
  private final List<Cue> cues = new ArrayList<>();
  // of(kind) is asked for every sentence of every document: answered from this, built once.
  private final java.util.Map<String, List<Cue>> byKind = new java.util.HashMap<>();

  private ObligationCues() {
    for (String[] row : RelationCues.rows("/vanban/extract/obligation-cues.tsv")) {
      if (row.length < 4) {
        throw new IllegalStateException("obligation-cues.tsv: bad row " + String.join("|", row));
      }
      // Verbs are matched case-sensitively: a capitalised word inside a name is not a verb; a
      // report's recipient is told by its capital letter; a list goes on in lower case ("…,
      // sở, ngành"), a capitalised body after a comma ("Trên cơ sở đó, Sở Tài chính …") is a name.
      boolean caseSensitive =
          row[0].equals("verb")
              || row[0].equals("continuation")
              || row[0].equals("report")
              || row[0].equals("assign")
              || row[0].equals("not-duty")
              || row[0].equals("task-field")
              || row[0].equals("continued");
      int flags =
          caseSensitive ? Pattern.UNICODE_CASE : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      cues.add(new Cue(row[0], row[1], Pattern.compile(row[2], flags), row[3]));
    }
    for (Cue c : cues) {
      List<Cue> same = byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>());
      if (same.stream().noneMatch(o -> o.pattern().pattern().equals(c.pattern().pattern()))) {
        same.add(c);
      }
    }
    byKind.replaceAll((k, v) -> List.copyOf(v));
  }

  static ObligationCues get() {
    return INSTANCE;
  }

  /** Every row, in file order. */
  List<Cue> all() {
    return List.copyOf(cues);
  }

  /** The rows of one kind, in file order, duplicates (rows repeated for more examples) removed. */
  List<Cue> of(String kind) {
    return byKind.getOrDefault(kind, List.of());
  }
}
