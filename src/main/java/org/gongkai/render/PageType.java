package org.gongkai.render;

import java.util.stream.Stream;
import org.gongkai.model.Site;
import org.gongkai.site.Page;

/** One kind of page (home, year, department, project…): renders all pages of its kind. */
public interface PageType {

    /** The pages of this kind; a stream so that the many project pages can render in parallel. */
    Stream<Page> render(Site site, Theme theme);
}
