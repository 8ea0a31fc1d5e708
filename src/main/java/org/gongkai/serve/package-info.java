/**
 * {@code gongkai serve}: the site built in memory ({@link org.gongkai.incremental.LiveBuild}),
 * served over HTTP under the portal's sub-path and strict CSP, rebuilt as its files change
 * ({@link org.gongkai.incremental.SiteWatcher}), with open pages reloaded by server-sent events and
 * input errors shown in place of the pages ({@link org.gongkai.serve.ErrorPage}).
 */
package org.gongkai.serve;
