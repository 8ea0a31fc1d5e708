package org.gongkai.render;

/**
 * One step of the breadcrumb trail; {@code href} is relative to the site root (to the page, once
 * {@link #from} a page), null for the current page.
 */
public record Crumb(String title, String href) {

    /** This step as linked from a page whose way back to the root is {@code root}. */
    Crumb from(String root) {
        return href == null ? this : new Crumb(title, root + href);
    }
}
