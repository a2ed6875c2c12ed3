/**
 * Extraction from normalized text: citations of other instruments (DOMAIN.md §3).
 *
 * <p>{@link vanban.extract.CitationExtractor} turns a normalized text and the citing document's
 * metadata into one {@link vanban.model.Citation} per mention. Its cue words are text resources
 * under {@code src/main/resources/vanban/extract/}, each with a header naming its source and worked
 * examples that {@code CitationLexiconTest} checks:
 *
 * <ul>
 *   <li>{@code relation-cues.tsv} — the wording that relates one cited instrument to the next
 *       ({@code sửa đổi, bổ sung một số điều của} → amends);
 *   <li>{@code law-names.txt} — names of laws cited without a number, for the ones with commas
 *       inside ({@code Luật Cán bộ, công chức});
 *   <li>{@code issuer-aliases.tsv} — issuer names as written → as reported ({@code Ban Bí thư Trung
 *       ương} → {@code Ban Bí thư}).
 * </ul>
 *
 * <p>Document types and issuer codes come from {@link vanban.lexicon}; number-symbols are parsed by
 * {@link vanban.lexicon.NumberSymbol}.
 */
package vanban.extract;
