package org.gongkai.data;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.model.Site;
import org.gongkai.model.Year;
import org.gongkai.render.PageType;
import org.gongkai.render.Theme;
import org.gongkai.site.Links;
import org.gongkai.site.Page;
import org.gongkai.site.Routes;

/**
 * The static JSON API: api/index.json lists the years and the site's bulk files; api/&lt;year&gt;.json
 * lists that year's departments and their projects, each with the path of its page and of its
 * data.json. Every path is relative to the site root, so a script joins it to wherever the site is
 * served (docs/data.md).
 */
public final class ApiFiles implements PageType {

    /** The version of this API's layout; it changes only when a key changes meaning or goes away. */
    static final int VERSION = 1;

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        if (!site.config().downloads().enabled()) {
            return Stream.empty();
        }
        List<Page> pages = new ArrayList<>();
        pages.add(new Page(Routes.API_INDEX.path(), Json.file(json -> index(json, site))));
        for (Year y : site.years()) {
            boolean projectFiles = site.config().downloads().projectFiles();
            pages.add(new Page(Routes.API_YEAR.path(y), Json.file(json -> year(json, y, projectFiles))));
        }
        return pages.stream();
    }

    private static void index(JsonGenerator json, Site site) throws IOException {
        json.writeStartObject();
        json.writeNumberField("version", VERSION);
        json.writeStringField("title", site.config().title());
        json.writeStringField("base_url", site.config().baseUrl());
        bulk(json, null);
        json.writeArrayFieldStart("years");
        for (Year y : site.years()) {
            json.writeStartObject();
            json.writeNumberField("year", y.year());
            json.writeNumberField("departments", y.departments().size());
            json.writeNumberField("projects", y.projectCount());
            json.writeStringField("api", Routes.API_YEAR.path(y));
            json.writeStringField("page", Links.year(y.year()));
            bulk(json, y.year());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void year(JsonGenerator json, Year y, boolean projectFiles) throws IOException {
        json.writeStartObject();
        json.writeNumberField("version", VERSION);
        json.writeNumberField("year", y.year());
        json.writeStringField("page", Links.year(y.year()));
        bulk(json, y.year());
        json.writeArrayFieldStart("departments");
        for (Department d : y.departments()) {
            json.writeStartObject();
            json.writeStringField("id", d.code());
            json.writeStringField("code", d.disclosedCode());
            json.writeStringField("name", d.name());
            json.writeStringField("amount_unit", d.unit());
            json.writeStringField("page", Links.department(d));
            json.writeStringField("data", DataFiles.department(d, DataFiles.RECORD));
            json.writeArrayFieldStart("projects");
            for (Project p : d.projects()) {
                json.writeStartObject();
                json.writeStringField("id", p.code());
                json.writeStringField("code", p.disclosedCode());
                json.writeStringField("name", p.name());
                json.writeStringField("amount_unit", p.moneyUnit(d));
                json.writeStringField("total", Tables.amount(p.budget().total()));
                json.writeStringField("page", Links.project(d, p));
                // Without files of its own, a project's record is in its department's data.json.
                json.writeStringField("data", projectFiles ? DataFiles.projectJson(d, p)
                        : DataFiles.department(d, DataFiles.RECORD));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The bulk files of a year, or of the site ({@code year} null), by format. */
    private static void bulk(JsonGenerator json, Integer year) throws IOException {
        json.writeObjectFieldStart("files");
        json.writeStringField("datapackage", DataFiles.bulk(year, DataFiles.PACKAGE));
        json.writeStringField("xlsx", DataFiles.bulk(year, DataFiles.XLSX));
        for (String t : DataFiles.TABLES) {
            json.writeStringField(t + "_csv", DataFiles.bulk(year, DataFiles.csv(t)));
            json.writeStringField(t + "_json", DataFiles.bulk(year, DataFiles.json(t)));
        }
        json.writeEndObject();
    }
}
