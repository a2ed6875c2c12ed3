package vanban.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Issuer codes of number-symbols and whether they are Party or state bodies. */
public final class IssuerCodes {
  /**
   * A known code as the standard writes it, with its kind, name and whether it is province-scoped.
   */
  public record IssuerCode(String code, boolean party, String name, boolean local) {}

  private static final IssuerCodes INSTANCE = new IssuerCodes();
  private final Map<String, IssuerCode> byKey = new LinkedHashMap<>();

  private IssuerCodes() {
    for (String[] row : TsvResource.rows("/vanban/lexicon/issuer-codes.tsv")) {
      byKey.put(
          DocumentTypes.key(row[0]),
          new IssuerCode(
              row[0], "party".equals(row[1]), row[2], row.length > 3 && "local".equals(row[3])));
    }
  }

  public static IssuerCodes get() {
    return INSTANCE;
  }

  public Optional<IssuerCode> byCode(String code) {
    return Optional.ofNullable(byKey.get(DocumentTypes.key(code)));
  }

  /**
   * Whether {@code code} names a Party body: a listed Party code, or one ending like them ({@code
   * BTGTU}, {@code UBKTTW}, {@code ĐUK}); {@code QH12} and ministry codes are state.
   */
  public boolean isParty(String code) {
    Optional<IssuerCode> known = byCode(code);
    if (known.isPresent()) {
      return known.get().party();
    }
    String k = DocumentTypes.key(code);
    return k.endsWith("tw")
        || k.endsWith("tu")
        || k.endsWith("hu")
        || k.endsWith("qu")
        || k.endsWith("du")
        || k.endsWith("duk")
        || k.endsWith("bcsd");
  }

  /**
   * Whether {@code code} names a local body, whose numbers are scoped to a province (DOMAIN.md §2):
   * a listed local code, an unlisted Party code ending like a local one ({@code BTGTU}), or an
   * unlisted state code not shaped like a ministry's ({@code SNV}; ministries start with {@code
   * B}).
   */
  public boolean isLocal(String code) {
    Optional<IssuerCode> known = byCode(code);
    if (known.isPresent()) {
      return known.get().local();
    }
    String k = DocumentTypes.key(code);
    if (isParty(code)) {
      return !k.endsWith("tw");
    }
    return !(k.startsWith("b") && k.length() >= 3) && !k.startsWith("qh");
  }

  /**
   * The code as the standard spells it when known ({@code ttg} → {@code TTg}), else upper-cased.
   */
  public String standardSpelling(String code) {
    return byCode(code).map(IssuerCode::code).orElseGet(() -> upperKeepDigits(code));
  }

  private static String upperKeepDigits(String code) {
    return code.toUpperCase(java.util.Locale.ROOT);
  }
}
