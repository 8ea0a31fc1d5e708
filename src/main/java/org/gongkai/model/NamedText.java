package org.gongkai.model;

/**
 * A text row of a form with a key of its own (implementing_unit, contact, overview…): the key, the
 * label printed on pages, and the text as disclosed.
 */
public record NamedText(String key, String label, String value, Origin origin) {
}
