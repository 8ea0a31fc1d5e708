/**
 * The link check of a built site: every internal link and anchor resolves, and no page asks
 * another host for anything.
 */
package org.gongkai.links;
