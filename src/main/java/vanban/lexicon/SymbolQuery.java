package vanban.lexicon;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vanban.model.Citation;

/**
 * What a person types to mean an instrument (DOMAIN.md §2): {@code 26/CT-TTg}, {@code 26/ct-ttg},
 * {@code CT 26/TTg}, {@code chi thi 26/CT-TTg}, or a partial {@code Chỉ thị 26}, {@code chỉ thị số
 * 26}.
 *
 * @param typeCode the type code ({@code CT}), null when neither a type word nor the symbol gives it
 * @param number the number as typed ({@code 26})
 * @param symbol the full number-symbol, null when the query is partial
 */
public record SymbolQuery(String typeCode, String number, NumberSymbol symbol) {

  /** {@code CT 26/TTg}, {@code QĐ 48/2018/UBND}: the type code before a symbol that lacks it. */
  private static final Pattern CODE_FIRST =
      Pattern.compile(
          "(?<code>[\\p{L}]{1,5})\\s+(?<number>\\d{1,5})(?<year>/(?:19|20)\\d{2})?\\s*[/-]\\s*"
              + "(?<issuer>[\\p{L}][\\p{L}\\d]{0,11}(?:-[\\p{L}][\\p{L}\\d]{0,11})*)");

  private static final Pattern NUMBER_ONLY = Pattern.compile("\\d{1,5}");

  /** Folded type names, longest first, with the name they fold from. */
  private static final List<String> TYPE_NAMES =
      DocumentTypes.get().allNames().stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();

  /**
   * The key of an instrument's name as typed or cited: folded, punctuation dropped, and a year at
   * the end left out ({@code Luật Đất đai năm 2013}, {@code Luật đất đai 2013} and {@code luat dat
   * dai} are one key); empty when nothing is left.
   */
  public static Optional<String> nameKey(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String key =
        fold(name.replaceAll("[\\p{Punct}“”‘’–—]", " "))
            .replaceFirst("(\\s+(nam|ngay))?\\s+(1[89]|20)\\d{2}$", "")
            .strip();
    return key.isEmpty() ? Optional.empty() : Optional.of(key);
  }

  /**
   * The name key {@code typed} looks up when it reads as an instrument's name ({@link
   * #readsAsName}); empty otherwise.
   */
  public static Optional<String> parseName(String typed) {
    return readsAsName(typed) ? nameKey(typed) : Optional.empty();
  }

  /**
   * Whether {@code typed} reads as an instrument's name: it starts with a type name of the lexicon
   * followed by more words ({@code Luật Đất đai}, {@code Nghị quyết Trung ương 4}).
   */
  public static boolean readsAsName(String typed) {
    if (typed == null) {
      return false;
    }
    String folded = fold(Normalizer.normalize(typed, Normalizer.Form.NFC).strip());
    return TYPE_NAMES.stream().anyMatch(name -> folded.startsWith(fold(name) + " "));
  }

  /** The query {@code typed} means; empty when it names no instrument. */
  public static Optional<SymbolQuery> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String s = Normalizer.normalize(typed, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    String folded = fold(s);
    String typeCode = null;
    for (String name : TYPE_NAMES) {
      String f = fold(name);
      if (folded.startsWith(f + " ")) {
        typeCode =
            DocumentTypes.get().byName(name).map(DocumentTypes.DocumentType::code).orElse(null);
        s = s.substring(f.length()).strip();
        folded = fold(s);
        break;
      }
    }
    if (folded.startsWith("so ") || folded.startsWith("so:")) {
      s = s.substring(3).replaceFirst("^[:\\s]+", "");
    }
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (NUMBER_ONLY.matcher(s).matches()) {
      return typeCode == null ? Optional.empty() : Optional.of(new SymbolQuery(typeCode, s, null));
    }
    Optional<NumberSymbol> symbol = NumberSymbol.parse(s);
    if (symbol.isEmpty()) {
      Matcher m = CODE_FIRST.matcher(s);
      if (m.matches()) {
        Optional<DocumentTypes.DocumentType> code = DocumentTypes.get().byCode(m.group("code"));
        if (code.isPresent() && (typeCode == null || typeCode.equals(code.get().code()))) {
          String issuer = m.group("issuer");
          String year = m.group("year") == null ? "" : m.group("year");
          String rebuilt =
              IssuerCodes.get().isParty(issuer) && year.isEmpty()
                  ? m.group("number") + "-" + code.get().code() + "/" + issuer
                  : m.group("number") + year + "/" + code.get().code() + "-" + issuer;
          symbol = NumberSymbol.parse(rebuilt);
        }
      }
    }
    if (symbol.isEmpty()) {
      return Optional.empty();
    }
    NumberSymbol sym = symbol.get();
    if (typeCode != null && sym.typeCode() != null && !typeCode.equals(sym.typeCode())) {
      return Optional.empty(); // "Chỉ thị 48/2018/QĐ-UBND" names two different things
    }
    return Optional.of(
        new SymbolQuery(typeCode != null ? typeCode : sym.typeCode(), sym.number(), sym));
  }

  /**
   * Whether {@code c} cites what this query means: the same symbol key, or for a partial query the
   * same type code and number ({@code Chỉ thị 26} matches every CT number 26).
   */
  public boolean matches(Citation c) {
    if (symbol != null) {
      return c.symbol() != null && NumberSymbol.keyOf(c.symbol()).equals(symbol.key());
    }
    return c.typeCode() != null
        && c.number() != null
        && fold(c.typeCode()).equals(fold(typeCode))
        && stripZeros(c.number()).equals(stripZeros(number));
  }

  private static String stripZeros(String n) {
    return n.replaceFirst("^0+(?=\\d)", "");
  }

  private static String fold(String s) {
    return DocumentTypes.key(s);
  }
}
