/**
 * Segmentation of normalized text into sentences, and language identification.
 *
 * <p>The sentence model is trained at first use from the project's own data ({@code
 * vanban/segment/sentences.train} and {@code abbreviations.txt}); no Vietnamese model is published
 * for OpenNLP.
 */
package vanban.segment;
