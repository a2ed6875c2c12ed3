/**
 * Indexing a corpus as a job: which files are new, changed, unchanged or gone, extracting the
 * changed ones, resolving citations across the corpus, committing, and reporting what happened.
 */
package vanban.batch;
