package org.gongkai.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Attachment;

/**
 * {@code attachments:} of a department or project file: each item a path relative to the site folder
 * (or a mapping of {@code path} and {@code title}), of a file in the site's {@code attachments/}
 * folder. A missing file, a path that leaves the site folder or a file too large to publish is
 * reported where the path is written.
 */
final class AttachmentReader {

    static final String FOLDER = SiteLoader.ATTACHMENTS_DIR + "/";
    static final List<String> KEYS = List.of("path", "title");
    /** Attached files are held in memory while the site is written; a scanned disclosure is far smaller. */
    static final long MAX_BYTES = 50L * 1024 * 1024;

    private AttachmentReader() {
    }

    static List<Attachment> read(Fields f, Path siteDir, Problems problems) {
        List<Attachment> attachments = new ArrayList<>();
        for (Node item : f.list("attachments")) {
            Node pathNode = item;
            String title = null;
            if (item instanceof Node.MapNode) {
                Fields a = Fields.of(item, KEYS, "附件（attachments）", problems);
                a.requiredText("path", "附件（attachments）");
                pathNode = a.node("path");
                title = a.text("title");
            }
            if (pathNode == null) {
                continue;
            }
            if (!(pathNode instanceof Node.Scalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
                problems.add(pathNode.origin(), "附件应为站点文件夹中的文件路径（如 attachments/2024/原文.docx），这里是"
                        + pathNode.describe());
                continue;
            }
            Attachment attachment = attachment(scalar, title, siteDir, problems);
            if (attachment != null) {
                attachments.add(attachment);
            }
        }
        return attachments;
    }

    private static Attachment attachment(Node.Scalar node, String title, Path siteDir, Problems problems) {
        String path = node.text();
        String problem = problem(path, siteDir);
        if (problem != null) {
            problems.add(node.origin(), problem + "，这里是 \"" + Messages.clip(path) + "\"");
            return null;
        }
        Path file = siteDir.resolve(path);
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(siteDir)) {
                problems.add(node.origin(), "附件是指向站点文件夹之外的链接，已拒绝读取，这里是 \"" + Messages.clip(path) + "\"");
                return null;
            }
            long size = Files.size(real);
            if (size > MAX_BYTES) {
                problems.add(node.origin(), "附件超过 50 MB，不能发布，这里是 \"" + Messages.clip(path) + "\"");
                return null;
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            return new Attachment(path, title != null && !title.isBlank() ? title : name, size, real, node.origin());
        } catch (IOException e) {
            problems.add(node.origin(), "无法读取附件：" + e.getMessage());
            return null;
        }
    }

    private static String problem(String path, Path siteDir) {
        if (path.contains("://") || path.startsWith("//")) {
            return "附件应为站点文件夹中的文件，不能是其他网站的地址";
        }
        if (path.startsWith("/") || path.contains("\\") || path.matches("[A-Za-z]:.*")) {
            return "附件路径应相对于站点文件夹，用 / 分隔（如 attachments/2024/原文.docx）";
        }
        Path file = siteDir.resolve(path).normalize();
        if (!file.startsWith(siteDir)) {
            return "附件路径离开了站点文件夹";
        }
        if (!path.startsWith(FOLDER) || !siteDir.relativize(file).toString().replace('\\', '/').equals(path)) {
            return "附件应放在站点文件夹的 attachments/ 中，写成 attachments/…/文件名（不含 ./ 或 ../）";
        }
        if (path.substring(path.lastIndexOf('/') + 1).startsWith(".")) {
            return "附件不能是隐藏文件";
        }
        if (!Files.isRegularFile(file)) {
            return "附件文件不存在（路径相对于站点文件夹）";
        }
        return null;
    }
}
