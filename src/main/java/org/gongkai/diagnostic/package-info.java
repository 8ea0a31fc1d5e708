/**
 * What the tool tells the user about a file (load problems, check findings, import findings,
 * broken links, template errors) as one type, and the one printer of its messages.
 */
package org.gongkai.diagnostic;
