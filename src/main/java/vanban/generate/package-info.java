/**
 * Synthetic corpora for testing and benchmarking at scale: realistic directives across provinces,
 * issuers, types and formats, with the ground truth of what each one says and cites.
 */
package vanban.generate;
