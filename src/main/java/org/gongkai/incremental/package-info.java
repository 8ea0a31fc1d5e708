/**
 * Knowing which output pages an input change affects, and rebuilding only those:
 * {@link org.gongkai.incremental.Dependencies} maps a changed file to its scope (one department,
 * or the whole site), {@link org.gongkai.incremental.Rerender} turns changed departments into the
 * pages to make again and the files left stale, and {@link org.gongkai.incremental.LiveBuild}
 * keeps a built site in memory for {@code serve}. {@code build --incremental} plans its rebuilds
 * with the same {@code Rerender}, from its cache ({@link org.gongkai.cache}).
 * {@link org.gongkai.incremental.SiteWatcher} tells {@code serve} and {@code build --watch} which
 * files changed.
 */
package org.gongkai.incremental;
