/**
 * Questions asked of an index — who cites an instrument, what is around a document — answered by
 * term lookups whose cost follows the answer, not the corpus. The CLI and the web front end ask
 * through here, so a question has one answer whichever way it is asked.
 */
package vanban.query;
