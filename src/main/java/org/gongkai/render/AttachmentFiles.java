package org.gongkai.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.model.Attachment;
import org.gongkai.model.Department;
import org.gongkai.model.Project;
import org.gongkai.model.Site;
import org.gongkai.model.Year;
import org.gongkai.site.Page;
import org.gongkai.site.Routes;

/**
 * The files attached to departments and projects, copied into the site at their path
 * (attachments/…), each once however many disclosures name it.
 */
public final class AttachmentFiles implements PageType {

    @Override
    public Stream<Page> render(Site site, Theme theme) {
        Map<String, Attachment> files = new LinkedHashMap<>();
        for (Year y : site.years()) {
            for (Department d : y.departments()) {
                d.attachments().forEach(a -> files.putIfAbsent(a.path(), a));
                for (Project p : d.projects()) {
                    p.attachments().forEach(a -> files.putIfAbsent(a.path(), a));
                }
            }
        }
        return files.values().stream().map(a -> new Page(Routes.ATTACHMENT.path(a.path()), read(a)));
    }

    private static byte[] read(Attachment a) {
        try {
            return Files.readAllBytes(a.source());
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取附件 " + a.path() + "（" + a.origin() + "）：" + e.getMessage(), e);
        }
    }
}
