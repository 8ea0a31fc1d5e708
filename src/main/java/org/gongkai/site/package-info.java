/**
 * The built site as files: its pages and their paths, from the one route table
 * {@link org.gongkai.site.Routes} that Java, templates and search.js share.
 */
package org.gongkai.site;
