package vanban.evaluate;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the judged queries ({@code queries.tsv}: id, set, kind, query, need) and their grades
 * ({@code judgments.tsv}: id, document, grade), both tab-separated with a header row, the layout
 * {@code devset/search/JUDGING.md} describes.
 */
public final class JudgedQueries {
  private static final Set<String> SETS = Set.of(JudgedQuery.TUNE, JudgedQuery.HELD_OUT);

  private JudgedQueries() {}

  /** One row of {@code queries.tsv}. */
  record QueryRow(String id, String set, String kind, String query, String need) {}

  /** One row of {@code judgments.tsv}. */
  record GradeRow(String id, String document, int grade) {}

  /**
   * The queries of {@code queries} in file order, each with its grades from {@code judgments}.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed row, an unknown
   *     query id, a grade outside 0–2 or a repeated id
   */
  public static List<JudgedQuery> read(Path queries, Path judgments) throws IOException {
    Map<String, QueryRow> byId = new LinkedHashMap<>();
    for (QueryRow q : rows(queries, QueryRow.class)) {
      if (q.id() == null || q.query() == null || q.query().isBlank()) {
        throw new IllegalArgumentException(queries + ": a query without id or text: " + q);
      }
      if (!SETS.contains(q.set())) {
        throw new IllegalArgumentException(queries + ": " + q.id() + ": set must be tune or heldout, not " + q.set());
      }
      if (byId.put(q.id(), q) != null) {
        throw new IllegalArgumentException(queries + ": query id " + q.id() + " twice");
      }
    }
    Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
    for (GradeRow g : rows(judgments, GradeRow.class)) {
      if (!byId.containsKey(g.id())) {
        throw new IllegalArgumentException(judgments + ": grade for unknown query " + g.id());
      }
      if (g.grade() < 0 || g.grade() > 2) {
        throw new IllegalArgumentException(judgments + ": " + g.id() + " " + g.document() + ": grade must be 0, 1 or 2");
      }
      if (g.grade() > 0) {
        grades.computeIfAbsent(g.id(), k -> new LinkedHashMap<>()).put(g.document(), g.grade());
      }
    }
    List<JudgedQuery> out = new ArrayList<>();
    for (QueryRow q : byId.values()) {
      out.add(
          new JudgedQuery(
              q.id(), q.set(), q.kind(), q.query().strip(), q.need(), grades.getOrDefault(q.id(), Map.of())));
    }
    return out;
  }

  private static <T> List<T> rows(Path file, Class<T> type) throws IOException {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator('\t').withoutQuoteChar();
    try (MappingIterator<T> it = mapper.readerFor(type).with(schema).readValues(file.toFile())) {
      return it.readAll();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": " + e.getOriginalMessage(), e);
    }
  }
}
