/**
 * The stages wired together: file → text → normalized text → structure → citations, dates → one
 * {@link vanban.model.ExtractionRecord}. No index here: {@code vanban extract} runs this alone.
 */
package vanban.pipeline;
