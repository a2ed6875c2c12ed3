/**
 * Vietnamese administrative vocabulary shared by the stages: document types, issuer codes,
 * number-symbols and date forms. Word lists live in {@code src/main/resources/vanban/lexicon}.
 */
package vanban.lexicon;
