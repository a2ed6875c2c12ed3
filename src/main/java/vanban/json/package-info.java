/**
 * JSON for the extraction record: a writer, a reader, and a mapping between records and JSON trees.
 *
 * <p>Written here rather than taken from a library because none of the chosen dependencies brings
 * one and the record only needs objects, arrays, strings, numbers, booleans and null. Output is
 * deterministic: record fields in declaration order, map keys in insertion order.
 */
package vanban.json;
