package org.gongkai.render;

/** One step of the breadcrumb trail; {@code href} is relative to the site root, null for the current page. */
public record Crumb(String title, String href) {
}
