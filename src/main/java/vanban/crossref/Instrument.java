package vanban.crossref;

import vanban.lexicon.DocumentTypes;
import vanban.lexicon.NumberSymbol;
import vanban.model.Citation;

/**
 * A cited instrument: its identity (canonical symbol, scope, year — or the name of an unnumbered
 * one) and how to show it.
 *
 * @param symbol canonical number-symbol, null for unnumbered instruments
 * @param name the name of an unnumbered instrument ({@code Luật Viên chức})
 * @param type the type in Vietnamese
 * @param issuer the issuer as first named by a citing document
 * @param scope the province of a local issuer, null for national ones
 * @param year the year, when a symbol or a cited date gives it
 * @param resolvedTo the corpus document this instrument is, when it is in the corpus
 */
public record Instrument(
    String symbol, String name, String type, String issuer, String scope, Integer year,
    String resolvedTo) {

  /** The instrument a citation names. */
  static Instrument of(Citation c) {
    return new Instrument(
        c.symbol(), c.name(), c.type(), c.issuer(), c.scope(), c.year(), c.resolvedTo());
  }

  /** Identity without the year: symbol key (or folded name) and scope. */
  String baseKey() {
    String id = symbol != null ? "s:" + NumberSymbol.keyOf(symbol) : "n:" + fold(name);
    return id + "|" + (scope == null ? "" : fold(scope));
  }

  /** How a person reads it: {@code Chỉ thị 26/CT-TTg (2016)}, {@code Luật Viên chức}. */
  public String label() {
    String head = symbol != null ? (type == null ? symbol : type + " " + symbol) : name;
    StringBuilder s = new StringBuilder(head == null ? "?" : head);
    if (year != null && (symbol == null || !symbol.contains("/" + year + "/"))) {
      s.append(" (").append(year).append(')');
    }
    if (scope != null) {
      s.append(" · ").append(scope);
    }
    return s.toString();
  }

  /** Folded for comparison, as lexicon keys are: {@code Thừa Thiên Huế} → {@code thua thien hue}. */
  private static String fold(String s) {
    return s == null ? "" : DocumentTypes.key(s).strip();
  }

  /**
   * The key of a citation's scope in the index's {@code cited_as} terms: folded as an instrument's
   * identity folds it, so a page of citing documents can be taken per instrument.
   */
  public static String scopeKey(String scope) {
    return fold(scope);
  }
}
