package org.gongkai.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which scope each kind of changed file has. */
class DependenciesTest {

    static final Path SITE = Path.of("/srv/site");

    static Dependencies.Scope scope(String file) {
        return Dependencies.of(SITE, SITE.resolve(file));
    }

    @Test
    void settingsThemeAttachmentsAndYearsReachTheWholeSite() {
        for (String f : new String[] {"site.yaml", "templates/base.peb", "templates/partials/x.peb", "assets/style.css",
                "attachments/2024/731001/原件.pdf",
                "content", "content/2025"}) {
            assertEquals(Dependencies.Kind.SITE, scope(f).kind(), f);
        }
    }

    @Test
    void aDepartmentsFilesReachTheDepartment() {
        assertEquals(new Dependencies.Scope(Dependencies.Kind.DEPARTMENT, "2024/731001", null),
                scope("content/2024/731001/department.yaml"));
        assertEquals(new Dependencies.Scope(Dependencies.Kind.DEPARTMENT, "2024/731001", null), scope("content/2024/731001"));
        assertEquals(new Dependencies.Scope(Dependencies.Kind.DEPARTMENT, "2024/731001", "P1"),
                scope("content/2024/731001/projects/P1.yaml"));
        // A misnamed project file is the loader's to report: the whole department is read again.
        assertEquals(new Dependencies.Scope(Dependencies.Kind.DEPARTMENT, "2024/731001", null),
                scope("content/2024/731001/projects/P1.yml"));
    }

    @Test
    void filesNoBuildReadsReachNothing() {
        for (String f : new String[] {"site/index.html", ".git/index", "content/2024/.DS_Store",
                "content/2024/731001/projects/.P1.yaml.swp", "content/2024/731001/projects/P1.yaml~",
                "content/2024/731001/projects/sedEk96mT", "README.md"}) {
            assertEquals(Dependencies.Kind.NONE, scope(f).kind(), f);
        }
        assertEquals(Dependencies.Kind.NONE, Dependencies.of(SITE, Path.of("/elsewhere/site.yaml")).kind());
    }
}
