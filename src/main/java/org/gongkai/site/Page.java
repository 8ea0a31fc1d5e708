package org.gongkai.site;

/** One rendered file of the site: its path relative to the output folder and its bytes. */
public record Page(String path, byte[] content) {
}
