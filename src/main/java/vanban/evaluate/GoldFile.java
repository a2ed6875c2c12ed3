package vanban.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads gold files: JSON Lines with one annotated document per line ({@code devset/gold.jsonl}),
 * a JSON array of them, or an object whose {@code documents} holds them (the seeds' gold).
 */
public final class GoldFile {
  /** The metadata fields scored, in report order. */
  public static final List<String> FIELDS =
      List.of("type", "symbol", "date", "province", "issuer", "signer.name");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code 48/2018/QĐ-UBND}: the year part of a normative symbol. */
  private static final Pattern SYMBOL_YEAR = Pattern.compile("^\\d+[.\\d]*/((?:19|20)\\d{2})/");

  private GoldFile() {}

  /**
   * The documents of a gold file.
   *
   * @throws IllegalArgumentException naming the file and line when it is not gold
   */
  public static List<GoldDocument> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<JsonNode> nodes = new ArrayList<>();
    String trimmed = text.strip();
    if (trimmed.startsWith("[") || (trimmed.startsWith("{") && !text.strip().contains("\n{"))) {
      JsonNode root = parse(file, trimmed, 0);
      JsonNode docs = root.isArray() ? root : root.path("documents");
      if (!docs.isArray()) {
        docs = JSON.createArrayNode().add(root);
      }
      docs.forEach(nodes::add);
    } else {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          nodes.add(parse(file, lines[i], i + 1));
        }
      }
    }
    List<GoldDocument> out = new ArrayList<>();
    for (JsonNode n : nodes) {
      out.add(document(file, n));
    }
    return out;
  }

  private static JsonNode parse(Path file, String json, int line) {
    try {
      return JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          file + (line > 0 ? ":" + line : "") + ": not JSON (" + e.getOriginalMessage() + ")");
    }
  }

  private static GoldDocument document(Path file, JsonNode n) {
    String source = text(n.get("source"));
    if (source == null) {
      throw new IllegalArgumentException(file + ": a gold document without \"source\"");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    JsonNode doc = n.path("document");
    for (String f : FIELDS) {
      JsonNode v = f.equals("signer.name") ? doc.path("signer").get("name") : doc.get(f);
      if (f.equals("signer.name") && doc.has("signer") && doc.get("signer").isNull()) {
        v = doc.get("signer");
      }
      if (v != null) {
        fields.put(f, text(v));
      }
    }
    List<GoldDocument.GoldCitation> citations = new ArrayList<>();
    List<String> named = new ArrayList<>();
    for (JsonNode c : n.path("citations")) {
      String symbol = text(c.get("symbol"));
      if (symbol == null) {
        String name = text(c.get("name"));
        if (name != null) {
          named.add(name);
        }
        continue;
      }
      citations.add(
          new GoldDocument.GoldCitation(
              symbol,
              year(symbol, c),
              c.path("mentions").asInt(1),
              text(c.get("asWritten"))));
    }
    for (JsonNode name : n.path("named")) {
      named.add(name.asText());
    }
    List<GoldDocument.GoldObligation> obligations = null;
    if (n.has("obligations") && n.get("obligations").isArray()) {
      obligations = new ArrayList<>();
      for (JsonNode o : n.get("obligations")) {
        List<String> themes = new ArrayList<>();
        o.path("themes").forEach(t -> themes.add(t.asText()));
        obligations.add(
            new GoldDocument.GoldObligation(
                text(o.get("text")),
                text(o.get("modality")),
                text(o.get("actor")),
                text(o.get("frequency")),
                text(o.get("deadline")),
                text(o.get("reportTo")),
                themes));
      }
    }
    return new GoldDocument(source, fields, citations, named, obligations);
  }

  /** The year given, else the symbol's year part, else the cited date's year. */
  static Integer year(String symbol, JsonNode c) {
    JsonNode y = c.get("year");
    if (y != null && y.canConvertToInt() && !y.isNull()) {
      return y.asInt();
    }
    Matcher m = SYMBOL_YEAR.matcher(symbol);
    if (m.find()) {
      return Integer.valueOf(m.group(1));
    }
    String date = text(c.get("date"));
    if (date != null && date.matches("\\d{4}.*")) {
      return Integer.valueOf(date.substring(0, 4));
    }
    return null;
  }

  private static String text(JsonNode v) {
    return v == null || v.isNull() ? null : v.asText();
  }
}
