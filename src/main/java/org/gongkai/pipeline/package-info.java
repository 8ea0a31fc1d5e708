/**
 * One build of a site as a fixed list of timed {@link org.gongkai.pipeline.Stage}s, from loading
 * the content to swapping the written output into place.
 */
package org.gongkai.pipeline;
