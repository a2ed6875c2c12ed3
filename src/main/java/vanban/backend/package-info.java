/**
 * Where the index lives, behind one interface ({@link vanban.backend.Backend}): a Lucene folder on
 * this machine ({@link vanban.backend.LocalBackend}) or a SolrCloud collection reached through SolrJ
 * ({@link vanban.backend.SolrBackend}), which answers every search, record and stamp question as
 * the local index does.
 *
 * <p>The collection's configset is {@code src/main/solr/configsets/vanban}; its analyzers are this
 * project's, packaged as {@code target/vanban-solr-plugins.jar}.
 */
package vanban.backend;
