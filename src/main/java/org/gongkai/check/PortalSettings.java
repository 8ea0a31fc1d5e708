package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gongkai.model.Origin;
import org.gongkai.model.Portal;
import org.gongkai.model.Site;

/**
 * The settings a government portal needs in every page's metadata. Missing ones do not stop a
 * build (a review build does not need them), but the warning names each key to set.
 */
public final class PortalSettings {

    public static final String ID = "portal-setting";

    private PortalSettings() {
    }

    public static void check(Site site, Consumer<Finding> out) {
        Portal p = site.config().portal();
        List<String> missing = new ArrayList<>();
        if (p.siteDomain() == null) {
            missing.add("portal.site_domain（网站域名，SiteDomain）");
        }
        if (p.siteIdCode() == null) {
            missing.add("portal.site_id_code（政府网站标识码，SiteIDCode）");
        }
        if (p.columnType() == null) {
            missing.add("portal.column_type（栏目类型，ColumnType）");
        }
        boolean everyDepartmentDated = site.years().stream().flatMap(y -> y.departments().stream())
                .allMatch(d -> d.disclosure().date() != null);
        if (p.published() == null && !everyDepartmentDated) {
            missing.add("portal.published（发布日期，PubDate；也可在各部门的 disclosure.date 中设置）");
        }
        if (site.config().baseUrl() == null) {
            missing.add("base_url（发布地址，Url；sitemap.xml、robots.txt 和 feed.xml 也需要它，未设置时不生成）");
        }
        if (!missing.isEmpty()) {
            out.accept(new Finding(ID, Grade.WARNING, Origin.ofFile("site.yaml"), null, null,
                    "门户所需的页面元数据未设置，请在 site.yaml 中填写：" + String.join("、", missing), null));
        }
    }
}
