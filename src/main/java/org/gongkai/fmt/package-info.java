/**
 * {@code gongkai fmt}: rewrites content files in one canonical form, after checking that the
 * rewrite keeps every value and comment.
 */
package org.gongkai.fmt;
