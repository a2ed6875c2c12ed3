package vanban.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vanban.json.Json;
import vanban.lexicon.NumberSymbol;
import vanban.model.Citation;
import vanban.model.DocumentMetadata;
import vanban.model.ExtractionRecord;
import vanban.resolve.CitationResolver;

/**
 * The seeds' gold citations: for each corpus document, the instruments found, how often each is
 * mentioned, and every field the gold gives — exactly, no extra instruments.
 */
class CitationGoldTest {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  @SuppressWarnings("unchecked")
  static Stream<Arguments> seeds() throws IOException {
    String json =
        Files.readString(
            ROOT.resolve("src/test/resources/gold/seeds.json"), StandardCharsets.UTF_8);
    Map<String, Object> gold = (Map<String, Object>) Json.read(json, Object.class);
    List<Arguments> out = new ArrayList<>();
    for (Object o : (List<Object>) gold.get("documents")) {
      Map<String, Object> doc = (Map<String, Object>) o;
      out.add(Arguments.of(doc.get("source"), doc));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  @SuppressWarnings("unchecked")
  void matchesGold(String source, Map<String, Object> gold) throws IOException {
    String text = CorpusText.normalized(ROOT.resolve(source));
    Map<String, Object> doc = (Map<String, Object>) gold.get("document");
    DocumentMetadata self =
        new DocumentMetadata(
            (String) doc.get("type"),
            (String) doc.get("typeCode"),
            (String) doc.get("symbol"),
            (String) doc.get("number"),
            (String) doc.get("issuer"),
            (String) doc.get("province"),
            null,
            null,
            null,
            null,
            List.of(),
            null);
    List<Citation> found = new CitationExtractor().extract(text, self);

    Map<String, List<Citation>> byInstrument = new TreeMap<>();
    for (Citation c : found) {
      byInstrument.computeIfAbsent(instrumentKey(c), k -> new ArrayList<>()).add(c);
      assertThat(text.substring(c.span().start(), c.span().end()).replaceAll("\\s+", " "))
          .as("span of %s", c.asWritten())
          .isEqualTo(c.asWritten());
    }
    Map<String, Map<String, Object>> expected = new TreeMap<>();
    for (Object o : (List<Object>) gold.get("citations")) {
      Map<String, Object> g = (Map<String, Object>) o;
      String key =
          g.get("symbol") != null
              ? NumberSymbol.keyOf((String) g.get("symbol")) + "|" + nullToEmpty(g.get("scope"))
              : "name:" + g.get("name");
      expected.put(key, g);
    }
    assertThat(byInstrument.keySet()).as("instruments of %s", source).isEqualTo(expected.keySet());
    for (Map.Entry<String, Map<String, Object>> e : expected.entrySet()) {
      Map<String, Object> g = e.getValue();
      List<Citation> mentions = byInstrument.get(e.getKey());
      assertThat(mentions)
          .as("mentions of %s", e.getKey())
          .hasSize(((Number) g.get("mentions")).intValue());
      Citation first = mentions.get(0);
      Map<String, Object> actual = new LinkedHashMap<>();
      actual.put("type", first.type());
      actual.put("typeCode", first.typeCode());
      actual.put("symbol", first.symbol());
      actual.put("date", first.date() == null ? null : first.date().toString());
      actual.put("issuer", first.issuer());
      actual.put("scope", first.scope());
      actual.put("relation", first.relation());
      actual.put("relationTarget", first.relationTarget());
      actual.put("name", first.name());
      for (String field : actual.keySet()) {
        if (g.containsKey(field)) {
          for (Citation c : mentions) {
            Object value = valueOf(c, field);
            if (field.startsWith("relation") && c != first) {
              continue; // a relation is stated once, by the mention that states it
            }
            assertThat(value)
                .as("%s of %s at %s", field, e.getKey(), c.span())
                .isEqualTo(g.get(field));
          }
        }
      }
      if (g.containsKey("asWritten")) {
        assertThat(first.asWritten()).contains((String) g.get("asWritten"));
      }
    }
  }

  /** Extract every seed with its gold metadata, resolve across the corpus, compare resolvedTo. */
  @org.junit.jupiter.api.Test
  @SuppressWarnings("unchecked")
  void resolvesAcrossTheCorpusAsTheGoldSays() throws IOException {
    List<ExtractionRecord> records = new ArrayList<>();
    Map<String, String> expected = new TreeMap<>();
    for (Arguments a : seeds().toList()) {
      Map<String, Object> gold = (Map<String, Object>) a.get()[1];
      String source = (String) gold.get("source");
      Map<String, Object> doc = (Map<String, Object>) gold.get("document");
      DocumentMetadata self =
          new DocumentMetadata(
              (String) doc.get("type"),
              (String) doc.get("typeCode"),
              (String) doc.get("symbol"),
              (String) doc.get("number"),
              (String) doc.get("issuer"),
              (String) doc.get("province"),
              (String) doc.get("place"),
              date(doc.get("date")),
              date(doc.get("dateNotBefore")),
              (String) doc.get("subject"),
              List.of(),
              null);
      String text = CorpusText.normalized(ROOT.resolve(source));
      List<Citation> cites = new CitationExtractor().extract(text, self);
      records.add(
          new ExtractionRecord(
              source, "", self, cites, List.of(), List.of(), List.of(), List.of(), List.of(),
              null));
      for (Object o : (List<Object>) gold.get("citations")) {
        Map<String, Object> g = (Map<String, Object>) o;
        String key =
            g.get("symbol") != null
                ? NumberSymbol.keyOf((String) g.get("symbol")) + "|" + nullToEmpty(g.get("scope"))
                : "name:" + g.get("name");
        expected.put(source + " " + key, (String) g.get("resolvedTo"));
      }
    }
    Map<String, String> actual = new TreeMap<>();
    for (ExtractionRecord r : CitationResolver.resolve(records)) {
      for (Citation c : r.citations()) {
        String k = r.source() + " " + instrumentKey(c);
        String previous = actual.put(k, c.resolvedTo());
        assertThat(previous == null || previous.equals(c.resolvedTo())).as(k).isTrue();
      }
    }
    assertThat(actual).isEqualTo(expected);
  }

  private static LocalDate date(Object iso) {
    return iso == null ? null : LocalDate.parse((String) iso);
  }

  private static Object valueOf(Citation c, String field) {
    return switch (field) {
      case "type" -> c.type();
      case "typeCode" -> c.typeCode();
      case "symbol" -> c.symbol();
      case "date" -> c.date() == null ? null : c.date().toString();
      case "issuer" -> c.issuer();
      case "scope" -> c.scope();
      case "relation" -> c.relation();
      case "relationTarget" -> c.relationTarget();
      case "name" -> c.name();
      default -> throw new IllegalArgumentException(field);
    };
  }

  static String instrumentKey(Citation c) {
    return c.symbol() != null
        ? NumberSymbol.keyOf(c.symbol()) + "|" + nullToEmpty(c.scope())
        : "name:" + c.name();
  }

  private static String nullToEmpty(Object o) {
    return o == null ? "" : o.toString();
  }
}
