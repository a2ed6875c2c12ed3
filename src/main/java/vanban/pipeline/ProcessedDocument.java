package vanban.pipeline;

import vanban.model.ExtractionRecord;
import vanban.normalize.NormalizedText;

/**
 * What the pipeline made of one file: the extraction record and the normalized text its spans
 * point into.
 */
public record ProcessedDocument(ExtractionRecord record, NormalizedText text) {}
