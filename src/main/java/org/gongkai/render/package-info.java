/**
 * The HTML pages of a site: one class per page type, rendered through the Pebble templates of
 * the theme.
 */
package org.gongkai.render;
