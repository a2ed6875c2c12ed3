package vanban.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Document types and their codes, from {@code document-types.tsv}. */
public final class DocumentTypes {
  /** A type: its code as the standard writes it and its names, the first being the usual one. */
  public record DocumentType(String code, List<String> names) {
    public String name() {
      return names.get(0);
    }
  }

  private static final DocumentTypes INSTANCE = new DocumentTypes();

  private final List<DocumentType> types = new ArrayList<>();
  // Codes are looked up as written first (lower-cased): HD (Hướng dẫn) and HĐ (Hợp đồng) differ
  // only by the bar of Đ, so the folded key is only a fallback for people typing QD for QĐ.
  private final Map<String, DocumentType> byExactCode = new LinkedHashMap<>();
  private final Map<String, DocumentType> byCode = new LinkedHashMap<>();
  private final Map<String, DocumentType> byName = new LinkedHashMap<>();

  private DocumentTypes() {
    for (String[] row : TsvResource.rows("/vanban/lexicon/document-types.tsv")) {
      List<String> names = new ArrayList<>();
      names.add(row[1]);
      if (row.length > 2) {
        for (String n : row[2].split("\\|")) {
          names.add(n.strip());
        }
      }
      DocumentType type = new DocumentType(row[0], List.copyOf(names));
      types.add(type);
      byExactCode.put(row[0].toLowerCase(Locale.ROOT), type);
      byCode.putIfAbsent(key(row[0]), type);
      for (String n : names) {
        byName.putIfAbsent(key(n), type);
      }
    }
  }

  public static DocumentTypes get() {
    return INSTANCE;
  }

  /** The type whose code is {@code code}, compared case-insensitively ({@code qđ}, {@code QD}). */
  public Optional<DocumentType> byCode(String code) {
    DocumentType exact = byExactCode.get(code.strip().toLowerCase(Locale.ROOT));
    return Optional.ofNullable(exact != null ? exact : byCode.get(key(code)));
  }

  /** The type one of whose names is {@code name}, compared case- and accent-insensitively. */
  public Optional<DocumentType> byName(String name) {
    return Optional.ofNullable(byName.get(key(name)));
  }

  /**
   * The name to report for a type word written in a text: the word itself when it is a type's usual
   * name ({@code Quy định}, though it shares the code QĐ with {@code Quyết định}), else the usual
   * name of the type it denotes ({@code Quy chế làm việc} → {@code Quy chế}); empty when the word
   * is no type.
   */
  public Optional<String> reportedName(String written) {
    String k = key(written);
    for (DocumentType t : types) {
      if (key(t.name()).equals(k)) {
        return Optional.of(t.name());
      }
    }
    return byName(written).map(DocumentType::name);
  }

  /** Every name of every type, longest first, for building patterns. */
  public List<String> allNames() {
    List<String> names = new ArrayList<>();
    for (DocumentType t : types) {
      names.addAll(t.names());
    }
    names.sort(Collections.reverseOrder((a, b) -> Integer.compare(a.length(), b.length())));
    return names;
  }

  /**
   * Lower-case, accents and {@code đ} folded, spaces collapsed: the lookup key of codes and names.
   * Called for every word of every header and citation, so one loop instead of regexes.
   */
  public static String key(String s) {
    String decomposed =
        Normalizer.normalize(s.strip().replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      // Java's \s: the ASCII white space the old pattern collapsed.
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    if (space) {
      out.append(' ');
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
