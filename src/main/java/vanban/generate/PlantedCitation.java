package vanban.generate;

import java.time.LocalDate;

/**
 * A citation the generator wrote into a document, in SCHEMA.md field names.
 *
 * @param type the cited instrument's type ({@code Chỉ thị})
 * @param typeCode its type code ({@code CT})
 * @param symbol its canonical number-symbol ({@code 26/CT-TTg}, {@code 29-KL/TU})
 * @param date its date of issue as the citation gives it
 * @param issuer its issuer as the citation writes it, null when the citation names none
 * @param scope the province of a local instrument, null for a national one
 * @param resolvedTo the generated file the instrument is, relative to the corpus folder; null
 *     when it is not in the corpus
 * @param variant how the citation is written: {@code common}, {@code spaced-party},
 *     {@code spaced-state}, {@code date-first}, {@code list-head}, {@code quoted-title}
 */
public record PlantedCitation(
    String type,
    String typeCode,
    String symbol,
    LocalDate date,
    String issuer,
    String scope,
    String resolvedTo,
    String variant) {}
