package vanban.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's number-symbol (số, ký hiệu), parsed from any of the ways it is written and printed
 * in canonical form (DOMAIN.md §2).
 *
 * <p>Canonical form: no spaces, ASCII hyphens, codes spelled as the standard writes them ({@code
 * TTg}, {@code QĐ}), Party punctuation ({@code 29-KL/TU}) for Party issuers and state punctuation
 * ({@code 26/CT-TTg}, {@code 48/2018/QĐ-UBND}, {@code 907/UBND-NV}) for state issuers, whatever
 * punctuation the text used: {@code 968 -CĐ/TTg} is {@code 968/CĐ-TTg}. {@link #key()} compares
 * case-insensitively, with {@code đ} as {@code d} and leading zeros of the number dropped.
 *
 * @param number the number as written, leading zeros kept ({@code 05})
 * @param year the year part of a normative state symbol ({@code 2018}), else null
 * @param typeCode the type code as the standard spells it ({@code CT}), null for a state công văn
 *     ({@code 907/UBND-NV}) or a law ({@code 22/2008/QH12})
 * @param issuer the issuer code(s), joined by {@code -} when several ({@code TTLT-BNV-BTC} has
 *     {@code BNV-BTC})
 * @param unit the drafting unit of a state công văn ({@code NV} in {@code 907/UBND-NV}), else null
 * @param party whether the issuer is a Party body
 * @param printed the symbol as the text prints it (spaces dropped, ASCII hyphens) when that
 *     punctuation is part of its identity and no standard shape gives it back: a symbol without a
 *     type code written with a hyphen ({@code 169-CP}, not {@code 169/CP}), a year joined by a
 *     hyphen ({@code 19-2016/NQ-CP}), a company's own letter numbering ({@code ART-01/2020},
 *     {@code 16/CGC.BT}); else null, and {@link #canonical()} builds the standard form
 */
public record NumberSymbol(
    String number,
    Integer year,
    String typeCode,
    String issuer,
    String unit,
    boolean party,
    String printed) {

  /** A symbol of a standard shape, whose canonical form its parts give. */
  public NumberSymbol(
      String number, Integer year, String typeCode, String issuer, String unit, boolean party) {
    this(number, year, typeCode, issuer, unit, party, null);
  }

  /**
   * Between two codes: one dash or slash, spaces around it allowed; an OCR's doubled dash ({@code
   * 50/NQ- -CP}) is one, and so is a typist's underscore ({@code 10/2007/QĐ_BKHCN}).
   */
  private static final String CODE_SEPARATOR_REGEX =
      "\\s?[-/\u2013_](?:\\s?[-\u2013](?=\\s?[A-ZĐ]))?\\s?";

  /**
   * A number-symbol as it may be written in running text. Examples: {@code 26/CT-TTg}, {@code
   * 48/2018/QĐ-UBND}, {@code 29-KL/TU}, {@code 1567 -CV/TU}, {@code 26 CT/TW}, {@code 968 -CĐ/TTg},
   * {@code 907/UBND-NV}, {@code 22/2008/QH12}, {@code 03/2006/TTLT-BNV-BTC}.
   */
  private static final Pattern WRITTEN =
      Pattern.compile(
          """
          (?<![\\p{L}\\p{N}/.\\-])              # not glued to a word, number, or another symbol
          (?<number>\\d{1,5}(?:\\.\\d{1,2}(?=/))?  # 66.7/2025/NQ-CP: a dotted number before a year
            [a-zA-Z]?)                          # 36a/NQ-CP: a number with a letter
          (?:(?<ysep>\\s?[/\\-]\\s?)(?<year>(?:19|20)\\d{2}))?  # year of a normative state symbol
          (?<sep>\\s?[-/\u2013\u2014]\\s?|\\s)  # separator; a bare space is a variant (26 CT/TW)
          (?<codes>
            [A-ZĐ][A-Za-zĐđ]{0,9}\\d{0,2}         # first code: type, issuer, or QH12
            (?:%s[A-ZĐ][A-Za-zĐđ]{0,15}\\d{0,2})*  # further codes (ĐCTUBTWMTTQVN)
          )
          (?:(?![\\p{L}\\p{N}])|(?=ngày))       # 6670/BYT-MTngày: OCR glued the date's word on
          """
              .formatted(CODE_SEPARATOR_REGEX),
          Pattern.COMMENTS);

  /** The same shape typed by a person, in any case ({@code 26/ct-ttg}). */
  private static final Pattern TYPED =
      Pattern.compile(
          WRITTEN.pattern(), Pattern.COMMENTS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern CODE_SEPARATOR = Pattern.compile(CODE_SEPARATOR_REGEX);

  /** One number-symbol found in a text, with its place. */
  public record Match(NumberSymbol symbol, int start, int end, String asWritten) {}

  /** Parses a number-symbol written alone ({@code Số: 907/UBND-NV}); empty when it is not one. */
  public static Optional<NumberSymbol> parse(String written) {
    String s = written.strip().replaceFirst("^(?i)(số|so)\\s*:?\\s*", "");
    Matcher m = TYPED.matcher(s);
    if (m.find() && m.start() == 0 && m.end() == s.length()) {
      return interpret(m);
    }
    return Optional.empty();
  }

  /**
   * A numbered letter of a company or an association kept as printed (devset/RULES.md D8): {@code
   * ART- 01/2020} is {@code ART-01/2020}, {@code 16/CGC.BT} stays so. Its number is the first run
   * of digits, its year a four-digit year set off in it ({@code 03/2021CV-SN}); it has no type or
   * issuer code, for nothing says which part would be which.
   */
  public static NumberSymbol asPrinted(String written) {
    String printed = written.replaceAll("\\s+", "").replaceAll("[\u2013\u2014]", "-");
    Matcher digits = PRINTED_NUMBER.matcher(printed);
    Matcher year = PRINTED_YEAR.matcher(printed);
    return new NumberSymbol(
        digits.find() ? digits.group() : printed,
        year.find() ? Integer.valueOf(year.group()) : null,
        null,
        "",
        null,
        false,
        printed);
  }

  private static final Pattern PRINTED_NUMBER = Pattern.compile("\\d+");
  private static final Pattern PRINTED_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

  /** Every number-symbol in {@code text}, in text order. */
  public static List<Match> find(CharSequence text) {
    List<Match> matches = new ArrayList<>();
    Matcher m = WRITTEN.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      interpret(m)
          .ifPresent(
              sym ->
                  matches.add(new Match(sym, start, end, text.subSequence(start, end).toString())));
    }
    return matches;
  }

  private static Optional<NumberSymbol> interpret(Matcher m) {
    String number = m.group("number");
    Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
    String[] codes = CODE_SEPARATOR.split(m.group("codes"));
    codes[codes.length - 1] = termDigits(codes[codes.length - 1]);
    if (m.group("sep").isBlank() && !bareSpaceVariant(number, m.group("codes"), codes, year)) {
      return Optional.empty(); // "Điều 5 NĐ-CP" is no symbol 5/NĐ-CP
    }
    boolean yearByHyphen = year != null && m.group("ysep").strip().equals("-");
    if (yearByHyphen && (!m.group("sep").strip().equals("/") || YEAR.matcher(number).matches())) {
      return Optional.empty(); // "2021-2030 …" is a period; 19-2016/NQ-CP has a slash after
    }
    DocumentTypes types = DocumentTypes.get();
    IssuerCodes issuers = IssuerCodes.get();
    if (codes.length == 1 && year == null) {
      codes = splitGluedType(codes[0]);
    }
    Optional<DocumentTypes.DocumentType> type = types.byCode(codes[0]);
    if (year != null) {
      if (codes.length == 1) {
        // A law or ordinance: 22/2008/QH12.
        return Optional.of(
            new NumberSymbol(number, year, null, issuers.standardSpelling(codes[0]), null, false));
      }
      if (type.isEmpty()) {
        return Optional.empty();
      }
      String issuer = joinIssuers(codes, 1);
      String printed =
          yearByHyphen ? number + "-" + year + "/" + type.get().code() + "-" + issuer : null;
      return Optional.of(
          new NumberSymbol(number, year, type.get().code(), issuer, null, false, printed));
    }
    if (codes.length < 2) {
      // 299/TTg, 6006/BGDĐT, 169-CP: a number and its issuer, no type code. Only a known issuer
      // code, so that "Điều 5/NĐ" or "1/UB" is no symbol. Nothing says which punctuation is
      // standard for these, so the text's is kept: 169-CP of 1977 is not printed 169/CP.
      Optional<IssuerCodes.IssuerCode> only = issuers.byCode(codes[0]);
      if (only.isPresent() && !m.group("sep").isBlank() && type.isEmpty()) {
        String code = issuers.standardSpelling(codes[0]);
        String printed = m.group("sep").strip().equals("/") ? null : number + "-" + code;
        return Optional.of(
            new NumberSymbol(number, null, null, code, null, only.get().party(), printed));
      }
      return Optional.empty();
    }
    if (type.isPresent() && !looksLikeIssuerFirst(codes)) {
      // A known issuer has its standard punctuation (968 -CĐ/TTg is 968/CĐ-TTg); for one the
      // table lacks, the text's own punctuation says Party (44-TB/TGV) or State (05/HD-MTTW-BTT).
      boolean party =
          issuers.byCode(codes[1]).isPresent() || m.group("sep").isBlank()
              ? issuers.isParty(codes[1])
              : m.group("sep").strip().matches("[-\u2013\u2014]");
      return Optional.of(
          new NumberSymbol(number, null, type.get().code(), joinIssuers(codes, 1), null, party));
    }
    if (codes.length == 2
        && m.group("sep").strip().matches("[-\u2013\u2014]")
        && issuers.byCode(codes[0]).isEmpty()
        && issuers.isParty(codes[1])) {
      // 06-QĐi/TW: Party punctuation around a type code the table lacks is still a Party symbol,
      // its code as printed; read as a state công văn it would become 06/QĐI-TW.
      return Optional.of(
          new NumberSymbol(number, null, codes[0], issuers.standardSpelling(codes[1]), null, true));
    }
    if (issuers.byCode(codes[0]).isPresent() || codes[0].length() >= 2) {
      // A state công văn: issuer, then the drafting unit (907/UBND-NV, 1234/BNV-CCVC).
      String unit = String.join("-", java.util.Arrays.copyOfRange(codes, 1, codes.length));
      return Optional.of(
          new NumberSymbol(
              number,
              null,
              null,
              issuers.standardSpelling(codes[0]),
              unit.toUpperCase(Locale.ROOT),
              issuers.isParty(codes[0])));
    }
    return Optional.empty();
  }

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

  /**
   * An OCR's letters for the digits of a Quốc hội term ({@code QHI5}, {@code UBTVQHl5} for 15,
   * {@code QH1O} for 10): the term is always two digits, so I, l and O there are 1, 1 and 0.
   */
  private static String termDigits(String code) {
    Matcher term = QH_TERM.matcher(code);
    if (!term.find()) {
      return code;
    }
    String digits = term.group(1).replaceAll("[Il|]", "1").replace('O', '0');
    return code.substring(0, term.start(1)) + digits;
  }

  private static final Pattern QH_TERM = Pattern.compile("QH([\\dIlO]{2})$");

  /**
   * {@code NQUBTVQH15}: a type code glued to a known issuer code, the hyphen between them lost,
   * as the two codes; any other single code as it is.
   */
  private static String[] splitGluedType(String code) {
    for (int i = 1; i < code.length(); i++) {
      String head = code.substring(0, i);
      String tail = code.substring(i);
      if (DocumentTypes.get().byCode(head).isPresent()
          && IssuerCodes.get().byCode(tail.replaceFirst("\\d{2}$", "")).isPresent()
          && IssuerCodes.get().byCode(code).isEmpty()) {
        return new String[] {head, tail};
      }
    }
    return new String[] {code};
  }

  /**
   * {@code 26 CT/TW}: a number, a space, then a type code and an issuer in Party punctuation; with
   * a bare space nothing looser is taken for a symbol.
   */
  private static boolean bareSpaceVariant(
      String number, String written, String[] codes, Integer year) {
    return year == null
        && !number.matches("(?:19|20)\\d{2}") // "năm 2024 CT/TW" is a year
        && codes.length == 2
        && written.contains("/")
        && DocumentTypes.get().byCode(codes[0]).isPresent();
  }

  /** {@code UBND-NV}: a known issuer first and no known issuer after it is a công văn symbol. */
  private static boolean looksLikeIssuerFirst(String[] codes) {
    IssuerCodes issuers = IssuerCodes.get();
    return issuers.byCode(codes[0]).isPresent() && DocumentTypes.get().byCode(codes[0]).isEmpty();
  }

  private static String joinIssuers(String[] codes, int from) {
    IssuerCodes issuers = IssuerCodes.get();
    List<String> out = new ArrayList<>();
    for (int i = from; i < codes.length; i++) {
      out.add(issuers.standardSpelling(codes[i]));
    }
    return String.join("-", out);
  }

  /** The canonical form ({@code 26/CT-TTg}, {@code 29-KL/TU}, {@code 48/2018/QĐ-UBND}). */
  public String canonical() {
    if (printed != null) {
      return printed;
    }
    if (typeCode == null) {
      String head = year == null ? number : number + "/" + year;
      return unit == null || unit.isEmpty()
          ? head + "/" + issuer
          : head + "/" + issuer + "-" + unit;
    }
    if (party) {
      return number + "-" + typeCode + "/" + issuer;
    }
    return year == null
        ? number + "/" + typeCode + "-" + issuer
        : number + "/" + year + "/" + typeCode + "-" + issuer;
  }

  /**
   * The matching key: canonical, lower-case, {@code đ} as {@code d}, number without leading zeros.
   */
  public String key() {
    return keyOf(canonical());
  }

  /** The matching key of a canonical symbol string. */
  public static String keyOf(String canonical) {
    String k = canonical.toLowerCase(Locale.ROOT).replace('đ', 'd');
    return k.replaceFirst("^0+(?=\\d)", "");
  }

  @Override
  public String toString() {
    return canonical();
  }
}
