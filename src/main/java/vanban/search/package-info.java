/**
 * Searching the index: a user's query to a Lucene query, filters, facets, snippets.
 *
 * <p>{@link vanban.search.DocumentSearcher} is the facade: {@link vanban.search.SearchRequest} in,
 * {@link vanban.search.SearchResults} out. {@link vanban.search.UserQueryParser} recognises
 * number-symbols before any query parser sees them; snippets come from the UnifiedHighlighter as
 * {@link vanban.model.Snippet} text plus spans, and the front end decides how to mark them.
 */
package vanban.search;
