package org.gongkai.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gongkai.model.Department;
import org.gongkai.model.DownloadSettings;
import org.gongkai.model.Project;
import org.gongkai.site.Routes;

/**
 * The 下载数据 links of a page, each relative to the page ({@code root} leads back to the site root), so
 * the downloads partial prints them and never puts a path together itself.
 */
public final class Downloads {

    /** One link: what it holds, its format, and its address from the page. */
    public record Link(String label, String format, String href) {
    }

    private static final List<String> TABLE_LABELS = List.of("项目表", "绩效指标表", "资金来源表");

    private Downloads() {
    }

    /** The links of a project page: its own files, or its department's when projects have none. */
    public static List<Link> project(Department d, Project p, String root, DownloadSettings settings) {
        if (!settings.projectFiles()) {
            List<Link> links = new ArrayList<>();
            for (Link l : department(d, root, settings.pageXlsx())) {
                links.add(new Link("本部门" + l.label() + "（含本项目）", l.format(), l.href()));
            }
            return List.copyOf(links);
        }
        return page(file -> root + DataFiles.project(d, p, file), settings.pageXlsx());
    }

    /** {@code xlsx}: whether the page has its own workbook (site.yaml downloads.page_xlsx). */

    public static List<Link> department(Department d, String root, boolean xlsx) {
        return page(file -> root + DataFiles.department(d, file), xlsx);
    }

    /** A year's ({@code year} set) or the whole site's bulk files, with the data package and the API. */
    public static List<Link> bulk(Integer year, String root) {
        Function<String, String> href = file -> root + DataFiles.bulk(year, file);
        List<Link> links = tables(href);
        links.add(new Link("全部三表", "Excel（XLSX）", href.apply(DataFiles.XLSX)));
        for (int i = 0; i < DataFiles.TABLES.size(); i++) {
            links.add(new Link(TABLE_LABELS.get(i), "JSON", href.apply(DataFiles.json(DataFiles.TABLES.get(i)))));
        }
        links.add(new Link("数据包说明（字段与类型）", "datapackage.json", href.apply(DataFiles.PACKAGE)));
        links.add(new Link("数据接口", "JSON", root + (year == null ? Routes.API_INDEX.path() : Routes.API_YEAR.path(year))));
        return List.copyOf(links);
    }

    private static List<Link> page(Function<String, String> href, boolean xlsx) {
        List<Link> links = tables(href);
        if (xlsx) {
            links.add(new Link("全部三表", "Excel（XLSX）", href.apply(DataFiles.XLSX)));
        }
        links.add(new Link("完整数据", "JSON", href.apply(DataFiles.RECORD)));
        return List.copyOf(links);
    }

    private static List<Link> tables(Function<String, String> href) {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < DataFiles.TABLES.size(); i++) {
            links.add(new Link(TABLE_LABELS.get(i), "CSV", href.apply(DataFiles.csv(DataFiles.TABLES.get(i)))));
        }
        return links;
    }
}
