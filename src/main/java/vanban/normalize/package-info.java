/**
 * Vietnamese text clean-up with an offset map back to the source: the first stage after reading.
 *
 * <p>{@link vanban.normalize.VietnameseNormalizer} produces a {@link
 * vanban.normalize.NormalizedText}; every span in an extraction record points into its text, and
 * {@link vanban.normalize.NormalizedText#toSource} maps a span back to the document as read. The
 * analyzers share the tone-placement rule through {@link
 * vanban.normalize.VietnameseNormalizer#foldTonePlacement}.
 */
package vanban.normalize;
