/**
 * Knowing which output pages an input change affects, and rebuilding only those:
 * {@link org.gongkai.incremental.Dependencies} maps a changed file to its scope (one department,
 * or the whole site), and {@link org.gongkai.incremental.LiveBuild} keeps a built site in memory
 * and re-renders a department's own pages and the pages that list it. Used by {@code serve}.
 */
package org.gongkai.incremental;
