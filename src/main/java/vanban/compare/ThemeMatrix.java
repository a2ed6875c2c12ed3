package vanban.compare;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import vanban.extract.ActorKinds;
import vanban.extract.ThemeTagger;
import vanban.model.ExtractionRecord;

/**
 * Provinces × themes: in each cell, the obligations of that province's documents tagged with that
 * theme, with their document, section and modality. Rows are provinces in Vietnamese alphabetical
 * order ({@link #UNKNOWN_PROVINCE} last); columns are the themes asked for, in taxonomy order. The
 * same matrix by actor ({@link #byActor}) has the kinds of actor as columns ({@link ActorKinds}):
 * who must act, province by province.
 */
public final class ThemeMatrix {
  /** The row of documents whose province is not known (national issuers, missing headers). */
  public static final String UNKNOWN_PROVINCE = "(không rõ tỉnh)";

  /** The column, by actor, of obligations that name no actor. */
  public static final String NO_ACTOR = "none";

  /** What the columns are: {@code theme} or {@code actor}. */
  private final String dimension;

  private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

  private final List<String> provinces;
  private final List<String> themes;
  private final Map<String, Map<String, List<SourcedObligation>>> cells;

  private ThemeMatrix(
      String dimension,
      List<String> provinces,
      List<String> themes,
      Map<String, Map<String, List<SourcedObligation>>> cells) {
    this.dimension = dimension;
    this.provinces = List.copyOf(provinces);
    this.themes = List.copyOf(themes);
    this.cells = cells;
  }

  /**
   * The matrix of {@code records} over {@code themes} (every theme of the taxonomy when empty); a
   * province appears when it has at least one obligation.
   */
  public static ThemeMatrix of(List<ExtractionRecord> records, List<String> themes) {
    List<String> columns = new ArrayList<>();
    for (ThemeTagger.Theme t : ThemeTagger.get().themes()) {
      if (themes.isEmpty() || themes.contains(t.id())) {
        columns.add(t.id());
      }
    }
    for (String t : themes) {
      if (!columns.contains(t)) {
        columns.add(t); // an id the taxonomy does not know: an empty column, not silence
      }
    }
    return build("theme", SourcedObligation.of(records), columns, o -> o.obligation().themes());
  }

  /**
   * Provinces × kinds of actor: each obligation of {@code records} about one of {@code themes}
   * (every obligation when empty) in the column of its actor's kind ({@link ActorKinds#of}), or
   * {@link #NO_ACTOR}; only the kinds that occur are columns, in lexicon order.
   */
  public static ThemeMatrix byActor(List<ExtractionRecord> records, List<String> themes) {
    List<SourcedObligation> all =
        SourcedObligation.of(records).stream()
            .filter(
                o -> themes.isEmpty() || o.obligation().themes().stream().anyMatch(themes::contains))
            .toList();
    // Each obligation's kind once: it decides both the columns and the cell.
    Map<SourcedObligation, String> kinds = new java.util.IdentityHashMap<>();
    for (SourcedObligation o : all) {
      kinds.put(o, kind(o));
    }
    java.util.Set<String> used = new java.util.HashSet<>(kinds.values());
    List<String> columns = new ArrayList<>();
    for (ActorKinds.Kind k : ActorKinds.get().kinds()) {
      if (used.contains(k.id())) {
        columns.add(k.id());
      }
    }
    for (String last : List.of(ActorKinds.OTHER, NO_ACTOR)) {
      if (used.contains(last)) {
        columns.add(last);
      }
    }
    return build("actor", all, columns, o -> List.of(kinds.get(o)));
  }

  /** The kind of an obligation's actor, {@link #NO_ACTOR} when it names none. */
  public static String kind(SourcedObligation o) {
    String k = ActorKinds.get().of(o.obligation().actor());
    return k == null ? NO_ACTOR : k;
  }

  /** The label of a column: a theme's or an actor kind's Vietnamese label. */
  public String label(String column) {
    if (dimension.equals("actor")) {
      return column.equals(NO_ACTOR) ? "(không nêu)" : ActorKinds.get().label(column);
    }
    return ThemeTagger.get().label(column);
  }

  private static ThemeMatrix build(
      String dimension,
      List<SourcedObligation> all,
      List<String> columns,
      java.util.function.Function<SourcedObligation, List<String>> columnsOf) {
    TreeSet<String> rows =
        new TreeSet<>(
            Comparator.comparing((String p) -> p.equals(UNKNOWN_PROVINCE))
                .thenComparing(VIETNAMESE::compare)
                .thenComparing(Comparator.naturalOrder()));
    for (SourcedObligation o : all) {
      rows.add(row(o));
    }
    Map<String, Map<String, List<SourcedObligation>>> cells = new LinkedHashMap<>();
    for (String p : rows) {
      Map<String, List<SourcedObligation>> line = new LinkedHashMap<>();
      for (String t : columns) {
        line.put(t, new ArrayList<>());
      }
      cells.put(p, line);
    }
    for (SourcedObligation o : all) {
      for (String t : columnsOf.apply(o)) {
        List<SourcedObligation> cell = cells.get(row(o)).get(t);
        if (cell != null) {
          cell.add(o);
        }
      }
    }
    cells.replaceAll(
        (p, line) -> {
          line.replaceAll((t, list) -> List.copyOf(list));
          return java.util.Collections.unmodifiableMap(line);
        });
    return new ThemeMatrix(
        dimension, new ArrayList<>(rows), columns, java.util.Collections.unmodifiableMap(cells));
  }

  private static String row(SourcedObligation o) {
    return o.province() == null ? UNKNOWN_PROVINCE : o.province();
  }

  /** What the columns are: {@code theme} or {@code actor} (a kind of actor). */
  public String dimension() {
    return dimension;
  }

  /** The provinces, in row order. */
  public List<String> provinces() {
    return provinces;
  }

  /** The column ids (theme ids, or actor kinds), in column order. */
  public List<String> themes() {
    return themes;
  }

  /** The obligations of one cell, in record and text order; empty when none. */
  public List<SourcedObligation> cell(String province, String theme) {
    Map<String, List<SourcedObligation>> line = cells.get(province);
    if (line == null) {
      return List.of();
    }
    return line.getOrDefault(theme, List.of());
  }

  /** The obligations of one cell with the given modality ({@code must-not}: who forbids it). */
  public List<SourcedObligation> cell(String province, String theme, String modality) {
    return cell(province, theme).stream()
        .filter(o -> modality.equals(o.obligation().modality()))
        .toList();
  }

  /** The provinces that have at least one {@code modality} obligation about {@code theme}. */
  public List<String> provincesWith(String theme, String modality) {
    return provinces.stream().filter(p -> !cell(p, theme, modality).isEmpty()).toList();
  }
}
