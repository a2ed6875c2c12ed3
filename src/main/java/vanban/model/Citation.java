package vanban.model;

import java.time.LocalDate;

/**
 * One mention of a cited instrument in a document's text.
 *
 * <p>The instrument's identity is (canonical {@code symbol}, {@code scope}, {@code year}); several
 * mentions of one instrument are several citations. Unnumbered instruments ({@code Luật Viên
 * chức}) have a null symbol and a {@code name}.
 *
 * @param type the instrument's type in Vietnamese ({@code Chỉ thị})
 * @param typeCode its code ({@code CT})
 * @param symbol the canonical number-symbol ({@code 26/CT-TTg}), null when unnumbered
 * @param number the number part ({@code 26})
 * @param year the instrument's year: from the symbol, else from its date
 * @param date the instrument's date when the mention gives it
 * @param issuer the issuer as the mention names it ({@code Thủ tướng Chính phủ})
 * @param scope the province for local issuers, null for national ones
 * @param title the title after {@code về} or in quotes, when given
 * @param name the name of an unnumbered instrument ({@code Luật Viên chức})
 * @param asWritten the mention as written in the text, whitespace collapsed
 * @param span where the mention is in the normalized text
 * @param relation {@code amends}, {@code replaces}, {@code repeals}, {@code guides},
 *     {@code implements} or {@code promulgates}, when the mention says so
 * @param relationTarget the symbol of the other instrument of the relation
 * @param resolvedTo the {@code source} of the corpus document this instrument is, filled at index
 *     time
 */
public record Citation(
    String type,
    String typeCode,
    String symbol,
    String number,
    Integer year,
    LocalDate date,
    String issuer,
    String scope,
    String title,
    String name,
    String asWritten,
    Span span,
    String relation,
    String relationTarget,
    String resolvedTo) {

  /** This citation, resolved to the corpus document {@code source}. */
  public Citation withResolvedTo(String source) {
    return new Citation(
        type, typeCode, symbol, number, year, date, issuer, scope, title, name, asWritten, span,
        relation, relationTarget, source);
  }
}
