/**
 * The structure stage: a document's metadata (header, recipients, signature) and its section tree,
 * read from the normalized text by {@link vanban.structure.StructureParser}, and the metadata a
 * user supplies beside a document, read by {@link vanban.structure.SidecarReader}.
 *
 * <p>Rules follow docs/DOMAIN.md §1-§2 and §7, not any one file: header columns in any order, the
 * motto anywhere, hard wraps, parts missing. A field the text does not give is null with a warning
 * naming it; only the province may be inferred from the body, and its warning says so. Word lists
 * (provinces, issuers, signature titles, document types) live in {@code
 * src/main/resources/vanban/lexicon}. The outline and sidecar fields are described in
 * docs/RECORD.md.
 */
package vanban.structure;
