package vanban.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vanban.json.Json;
import vanban.model.DocumentMetadata;
import vanban.normalize.VietnameseNormalizer;

/**
 * The five seeds, normalized and parsed from their text alone (no sidecar), against every {@code
 * document} field of the gold except {@code dateNotBefore}, which the pipeline fills.
 */
class StructureParserGoldTest {

  @SuppressWarnings("unchecked")
  static Stream<Map<String, Object>> seeds() throws IOException {
    String json =
        Files.readString(Path.of("src/test/resources/gold/seeds.json"), StandardCharsets.UTF_8);
    Map<String, Object> root = (Map<String, Object>) Json.read(json, Object.class);
    return ((List<Map<String, Object>>) root.get("documents")).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  @SuppressWarnings("unchecked")
  void documentMatchesGold(Map<String, Object> seed) throws IOException {
    String source = (String) seed.get("source");
    String raw = Files.readString(Path.of(source), StandardCharsets.UTF_8);
    String text = new VietnameseNormalizer().normalize(raw).text();

    DocumentStructure structure = new StructureParser().parse(text);

    Map<String, Object> expected = new LinkedHashMap<>((Map<String, Object>) seed.get("document"));
    expected.remove("dateNotBefore");
    assertThat(asGoldFields(structure.metadata()))
        .as("%s, warnings %s", source, structure.warnings())
        .isEqualTo(expected);
  }

  /** Robustness: the raw conversion, hard wraps and debris included, gives the same fields. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  @SuppressWarnings("unchecked")
  void rawTextGivesTheSameDocument(Map<String, Object> seed) throws IOException {
    String source = (String) seed.get("source");
    String raw = Files.readString(Path.of(source), StandardCharsets.UTF_8);

    DocumentStructure structure = new StructureParser().parse(raw);

    Map<String, Object> expected = new LinkedHashMap<>((Map<String, Object>) seed.get("document"));
    expected.remove("dateNotBefore");
    assertThat(asGoldFields(structure.metadata()))
        .as("%s, warnings %s", source, structure.warnings())
        .isEqualTo(expected);
  }

  /** The metadata in the gold's JSON shape, with the gold's keys only. */
  private static Map<String, Object> asGoldFields(DocumentMetadata m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", m.type());
    out.put("symbol", m.symbol());
    out.put("number", m.number());
    out.put("issuer", m.issuer());
    out.put("province", m.province());
    out.put("place", m.place());
    out.put("date", m.date() == null ? null : m.date().toString());
    out.put("subject", m.subject());
    out.put("recipients", new ArrayList<Object>(m.recipients()));
    Map<String, Object> signer = null;
    if (m.signer() != null) {
      signer = new LinkedHashMap<>();
      signer.put("name", m.signer().name());
      signer.put("title", m.signer().title());
      signer.put("onBehalfOf", m.signer().onBehalfOf());
    }
    out.put("signer", signer);
    out.put("typeCode", m.typeCode());
    return out;
  }
}
