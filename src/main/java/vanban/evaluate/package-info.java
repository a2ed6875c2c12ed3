/**
 * Scoring extraction records against annotated gold (docs and devset/RULES.md): per-field accuracy
 * of the document metadata, precision and recall of numbered citations keyed by number-symbol and
 * year, mention counts, and every miss.
 */
package vanban.evaluate;
