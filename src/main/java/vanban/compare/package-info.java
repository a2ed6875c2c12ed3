/**
 * Comparisons across documents and provinces of the duties the extraction records hold: the
 * province × theme matrix ({@link vanban.compare.ThemeMatrix}), similar duties in different
 * provinces ({@link vanban.compare.SimilarObligationFinder}, Lucene MoreLikeThis over folded
 * Vietnamese), and the calendar of recurring reporting and evaluation duties ({@link
 * vanban.compare.ICalendarWriter}). Everything here reads {@link vanban.model.ExtractionRecord}s
 * and is deterministic: the same records give the same output, byte for byte.
 */
package vanban.compare;
