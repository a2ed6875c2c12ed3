/**
 * The Lucene index: Vietnamese analysis, the field layout, and the indexer.
 *
 * <p>{@link vanban.index.VietnameseAnalyzer} keeps diacritics (the exact field),
 * {@link vanban.index.VietnameseFoldingAnalyzer} removes them (the folded field); both start with
 * NFC, so NFD input matches. {@link vanban.index.IndexFields} names every field in one place;
 * {@link vanban.index.DocumentIndexer} writes one document per source file, replaced by source,
 * with the file's {@link vanban.index.FileStamp} for incremental re-indexing.
 */
package vanban.index;
