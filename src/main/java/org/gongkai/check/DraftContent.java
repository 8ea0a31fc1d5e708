package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Site;

/**
 * A department or project marked {@code draft: true}: a build leaves it out until the mark is
 * removed, so the reviewer sees, before publishing, what will not be there.
 */
public final class DraftContent {

    public static final String ID = "draft";

    private DraftContent() {
    }

    public static void check(Site site, Consumer<Finding> out) {
        for (Site.Draft d : site.drafts()) {
            out.accept(new Finding(ID, Grade.NOTICE, d.origin(), null, null,
                    d.label() + "是草稿（draft: true），不会发布；审定后删去 draft 这一行", null));
        }
    }
}
