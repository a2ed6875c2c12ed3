/**
 * JSON for everything vanban writes or reads (the extraction record, the CLI's {@code --json}, the
 * HTTP API, the record stored in the index), through one configured Jackson mapper: {@link
 * vanban.json.Json}.
 *
 * <p>Output is deterministic: record fields in declaration order, map keys in iteration order, the
 * same text for the same value.
 */
package vanban.json;
