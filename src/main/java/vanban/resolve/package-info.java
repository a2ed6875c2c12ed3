/**
 * Resolution of cited instruments to documents of the corpus: {@link
 * vanban.resolve.CitationResolver} fills {@code Citation.resolvedTo} at index time, by identity
 * (symbol, scope, year) or, for a corpus document whose header lacks its number, by type, issuer,
 * province, date and title.
 */
package vanban.resolve;
