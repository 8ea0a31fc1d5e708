/**
 * {@code gongkai import}: reads disclosures published as Word, Excel or plain text and writes
 * them as content files, reporting every cell it could not place.
 */
package org.gongkai.importer;
