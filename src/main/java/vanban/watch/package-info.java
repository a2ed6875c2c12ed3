/**
 * Keeping an index up to date while files arrive: a watcher that hears the folders change and
 * indexes each settled change once, in small committed batches ({@link vanban.watch.IndexWatcher}).
 */
package vanban.watch;
