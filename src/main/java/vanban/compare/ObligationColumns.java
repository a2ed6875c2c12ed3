package vanban.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns an obligation is exported with, named once: the CSV header, the CSV row and the JSON
 * object of {@code vanban obligations} and of {@code vanban compare} (and the web's {@code
 * /compare.csv} and {@code /api/compare}) are all read from these lists, in this order.
 */
public final class ObligationColumns {
  /** One column: its name (CSV header, JSON key) and its value for an obligation. */
  public record Column(String name, Function<SourcedObligation, Object> value) {}

  /** Every field of the obligation and of its document, as {@code vanban obligations} lists them. */
  public static final List<Column> ALL =
      List.of(
          new Column("source", SourcedObligation::source),
          new Column("symbol", SourcedObligation::symbol),
          new Column("province", SourcedObligation::province),
          new Column("section", o -> o.obligation().section()),
          new Column("modality", o -> o.obligation().modality()),
          new Column("actor", o -> o.obligation().actor()),
          new Column("action", o -> o.obligation().action()),
          new Column("frequency", o -> o.obligation().frequency()),
          new Column("deadline", o -> o.obligation().deadline()),
          new Column("reportTo", o -> o.obligation().reportTo()),
          new Column("themes", o -> o.obligation().themes()),
          new Column("text", o -> o.obligation().text()));

  /** What a cell of the comparison matrix shows of each obligation. */
  public static final List<Column> IN_MATRIX =
      List.of(
          new Column("document", SourcedObligation::document),
          new Column("source", SourcedObligation::source),
          new Column("section", o -> o.obligation().section()),
          new Column("modality", o -> o.obligation().modality()),
          new Column("actor", o -> o.obligation().actor()),
          new Column("text", o -> o.obligation().text()));

  private ObligationColumns() {}

  /** The columns' names: a CSV header. */
  public static List<String> names(List<Column> columns) {
    return columns.stream().map(Column::name).toList();
  }

  /** The columns' values as CSV fields: null stays null (an empty field), a list is {@code a;b}. */
  public static List<String> csvValues(List<Column> columns, SourcedObligation o) {
    List<String> out = new ArrayList<>();
    for (Column c : columns) {
      Object v = c.value().apply(o);
      out.add(
          v == null
              ? null
              : v instanceof List<?> list
                  ? String.join(";", list.stream().map(String::valueOf).toList())
                  : v.toString());
    }
    return out;
  }

  /** The columns as a JSON object, in column order. */
  public static Map<String, Object> json(List<Column> columns, SourcedObligation o) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Column c : columns) {
      m.put(c.name(), c.value().apply(o));
    }
    return m;
  }
}
