package vanban.structure;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vanban.lexicon.DocumentTypes;
import vanban.lexicon.NumberSymbol;
import vanban.lexicon.Provinces;
import vanban.lexicon.VietnameseDates;
import vanban.model.DocumentMetadata;
import vanban.model.Signer;

/**
 * Reads the metadata a user supplies for a document whose text lacks it, from a sidecar file beside
 * the document: {@code <document file name>.meta.properties}, UTF-8, {@code key = value}, keys the
 * SCHEMA.md {@code document} field names ({@code symbol}, {@code date}, {@code signer.name} …),
 * {@code recipients} separated by {@code ;}. Example, for {@code 004_….txt}:
 *
 * <pre>
 * symbol = 29-KL/TU
 * date = 2021-07-22
 * </pre>
 *
 * <p>Bad values (a date that is no date, an unknown key) become warnings, never exceptions.
 */
public final class SidecarReader {

  /** The field names a sidecar may set. */
  public static final Set<String> KEYS =
      Set.of(
          "type",
          "typeCode",
          "symbol",
          "number",
          "issuer",
          "province",
          "place",
          "date",
          "dateNotBefore",
          "subject",
          "recipients",
          "signer.name",
          "signer.title",
          "signer.onBehalfOf");

  /**
   * A sidecar's contents.
   *
   * @param path the sidecar file
   * @param values its non-blank values by key, sorted by key
   * @param warnings lines it could not use ({@code path: unknown key 'x'})
   */
  public record Sidecar(Path path, Map<String, String> values, List<String> warnings) {
    public Sidecar {
      values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Metadata with a sidecar applied.
   *
   * @param metadata the text's metadata with the supplied fields replaced
   * @param supplied the names of the fields the sidecar set or derived, sorted ({@code date},
   *     {@code number}, {@code symbol}, {@code typeCode})
   * @param warnings the sidecar's warnings and the values that could not be applied
   */
  public record Applied(DocumentMetadata metadata, List<String> supplied, List<String> warnings) {
    public Applied {
      supplied = List.copyOf(supplied);
      warnings = List.copyOf(warnings);
    }
  }

  /** The sidecar path of {@code document}: {@code x.txt} → {@code x.txt.meta.properties}. */
  public static Path sidecarOf(Path document) {
    return document.resolveSibling(document.getFileName() + ".meta.properties");
  }

  /**
   * The sidecar of {@code document}, empty when there is none; an unreadable sidecar is a sidecar
   * with no values and a warning.
   */
  public Optional<Sidecar> read(Path document) {
    Path path = sidecarOf(document);
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    Properties props = new Properties();
    List<String> warnings = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      warnings.add(path + ": unreadable sidecar (" + e.getMessage() + ")");
      return Optional.of(new Sidecar(path, Map.of(), warnings));
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : new TreeSet<>(props.stringPropertyNames())) {
      String value = props.getProperty(key).strip();
      if (!KEYS.contains(key)) {
        warnings.add(path + ": unknown key '" + key + "'");
      } else if (!value.isEmpty()) {
        values.put(key, value);
      }
    }
    return Optional.of(new Sidecar(path, values, warnings));
  }

  /**
   * {@code base} with the sidecar's values over it. A symbol is canonicalized and, when the sidecar
   * does not give them, sets the number, the type code and the type.
   */
  public Applied apply(DocumentMetadata base, Sidecar sidecar) {
    Map<String, String> v = sidecar.values();
    List<String> warnings = new ArrayList<>(sidecar.warnings());
    Set<String> supplied = new TreeSet<>();
    String where = sidecar.path() + ": ";

    String type = base.type();
    String typeCode = base.typeCode();
    String symbol = base.symbol();
    String number = base.number();
    if (v.containsKey("symbol")) {
      Optional<NumberSymbol> parsed = NumberSymbol.parse(v.get("symbol"));
      if (parsed.isEmpty()) {
        warnings.add(where + "symbol '" + v.get("symbol") + "' is no number-symbol");
      } else {
        NumberSymbol s = parsed.get();
        symbol = s.canonical();
        supplied.add("symbol");
        if (!v.containsKey("number")) {
          number = s.number();
          supplied.add("number");
        }
        String code = s.typeCode() != null ? s.typeCode() : s.unit() != null ? "CV" : null;
        if (!v.containsKey("typeCode") && code != null) {
          Optional<DocumentTypes.DocumentType> dt = DocumentTypes.get().byCode(code);
          if (dt.isPresent()) {
            boolean changed = !dt.get().code().equals(typeCode);
            typeCode = dt.get().code();
            supplied.add("typeCode");
            if (!v.containsKey("type") && (changed || type == null)) {
              type = typeCode.equals("QĐ") && s.party() ? "Quy định" : dt.get().name();
              supplied.add("type");
            }
          }
        }
      }
    }
    if (v.containsKey("number")) {
      number = v.get("number");
      supplied.add("number");
    }
    if (v.containsKey("typeCode")) {
      Optional<DocumentTypes.DocumentType> dt = DocumentTypes.get().byCode(v.get("typeCode"));
      if (dt.isEmpty()) {
        warnings.add(where + "typeCode '" + v.get("typeCode") + "' is no known type code");
      } else {
        typeCode = dt.get().code();
        supplied.add("typeCode");
        if (!v.containsKey("type")) {
          type = dt.get().name();
          supplied.add("type");
        }
      }
    }
    if (v.containsKey("type")) {
      Optional<DocumentTypes.DocumentType> dt = DocumentTypes.get().byName(v.get("type"));
      type = v.get("type");
      supplied.add("type");
      if (dt.isPresent() && !v.containsKey("typeCode")) {
        typeCode = dt.get().code();
        supplied.add("typeCode");
      }
    }
    String province = base.province();
    if (v.containsKey("province")) {
      Optional<Provinces.Province> p = Provinces.get().lookup(v.get("province"));
      if (p.isEmpty()) {
        warnings.add(where + "province '" + v.get("province") + "' is not in the provinces list");
        province = v.get("province");
      } else {
        province = p.get().name();
      }
      supplied.add("province");
    }
    LocalDate date = base.date();
    if (v.containsKey("date")) {
      Optional<LocalDate> d = date(v.get("date"), where + "date", warnings);
      if (d.isPresent()) {
        date = d.get();
        supplied.add("date");
      }
    }
    LocalDate dateNotBefore = base.dateNotBefore();
    if (v.containsKey("dateNotBefore")) {
      Optional<LocalDate> d = date(v.get("dateNotBefore"), where + "dateNotBefore", warnings);
      if (d.isPresent()) {
        dateNotBefore = d.get();
        supplied.add("dateNotBefore");
      }
    }
    List<String> recipients = base.recipients();
    if (v.containsKey("recipients")) {
      recipients = new ArrayList<>();
      for (String r : v.get("recipients").split(";")) {
        if (!r.isBlank()) {
          recipients.add(r.strip());
        }
      }
      supplied.add("recipients");
    }
    Signer signer = base.signer();
    if (v.containsKey("signer.name")
        || v.containsKey("signer.title")
        || v.containsKey("signer.onBehalfOf")) {
      Signer b = signer == null ? new Signer(null, null, null) : signer;
      signer =
          new Signer(
              v.getOrDefault("signer.name", b.name()),
              v.getOrDefault("signer.title", b.title()),
              v.getOrDefault("signer.onBehalfOf", b.onBehalfOf()));
      supplied.add("signer");
    }
    String issuer = take(v, "issuer", base.issuer(), supplied);
    String place = take(v, "place", base.place(), supplied);
    String subject = take(v, "subject", base.subject(), supplied);

    DocumentMetadata out =
        new DocumentMetadata(
            type,
            typeCode,
            symbol,
            number,
            issuer,
            province,
            place,
            date,
            dateNotBefore,
            subject,
            recipients,
            signer);
    return new Applied(out, new ArrayList<>(supplied), warnings);
  }

  private static String take(Map<String, String> v, String key, String base, Set<String> supplied) {
    if (v.containsKey(key)) {
      supplied.add(key);
      return v.get(key);
    }
    return base;
  }

  /** An ISO date ({@code 2021-07-22}) or a Vietnamese one ({@code 22/7/2021}). */
  private static Optional<LocalDate> date(String value, String what, List<String> warnings) {
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      Optional<LocalDate> vn = VietnameseDates.parse(value);
      if (vn.isEmpty()) {
        warnings.add(what + " '" + value + "' is no date");
      }
      return vn;
    }
  }
}
