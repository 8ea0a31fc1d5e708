/**
 * Reading a site folder (site.yaml and content/) into the immutable model, with every mistake
 * reported at its file, line and column.
 */
package org.gongkai.load;
