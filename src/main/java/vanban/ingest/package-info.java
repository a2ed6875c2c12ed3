/**
 * Ingestion, the first stage: a file on disk becomes {@link vanban.ingest.SourceText}, its text
 * before normalization.
 *
 * <p>{@link vanban.ingest.CorpusWalker} lists the files under some roots; {@link
 * vanban.ingest.DocumentReader} reads one. The format is found from the content (a PDF named .txt
 * is a PDF); plain text gets its charset from the bytes, including the pre-Unicode Vietnamese font
 * encodings TCVN3 and VNI, whose tables are resources beside this package ({@code tcvn3.tsv},
 * {@code vni.tsv}). Bad input is data: an {@link vanban.ingest.IngestException} or a {@link
 * vanban.ingest.CorpusWalker.IngestFailure} with a short reason, printed as {@code path: reason}.
 */
package vanban.ingest;
