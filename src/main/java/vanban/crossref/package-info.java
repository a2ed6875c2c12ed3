/**
 * Cross-references across the corpus: which documents cite an instrument (with the citing
 * sentence), what a document cites and who cites it, amendment-aware answers, and the citation
 * graph for export.
 */
package vanban.crossref;
