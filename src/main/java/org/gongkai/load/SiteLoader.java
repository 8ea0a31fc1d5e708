package org.gongkai.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.gongkai.model.Department;
import org.gongkai.model.Origin;
import org.gongkai.model.Project;
import org.gongkai.model.Site;
import org.gongkai.model.SiteConfig;
import org.gongkai.model.Year;
import org.gongkai.parallel.Batches;

/**
 * Loads a site folder: site.yaml and content/&lt;year&gt;/&lt;department&gt;/{department.yaml,
 * projects/*.yaml}. Files are parsed in parallel; every problem of every file is collected and
 * reported together, so one build run shows the whole list.
 */
public final class SiteLoader {

    public static final String SITE_FILE = "site.yaml";
    public static final String CONTENT_DIR = "content";
    /** The folder of the files attached to departments and projects (the original Word or PDF). */
    public static final String ATTACHMENTS_DIR = "attachments";
    static final String DEPARTMENT_FILE = "department.yaml";
    static final String PROJECTS_DIR = "projects";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /**
     * A department folder or project file name: its code, or a readable slug when the form printed none.
     * Letters (CJK too) and digits, with - _ . inside; nothing a URL or a file system would read otherwise.
     */
    static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}\\p{M}_.-]{0,79}");

    private final Path root;
    private final Problems problems = new Problems();
    /**
     * Plain files (no link) met while listing folders: a project file found there is not asked
     * for its type again (each lookup of a path of the site costs its every folder).
     */
    private final Set<Path> plainFiles = ConcurrentHashMap.newKeySet();

    /** Told of each file as it is read; may be called from many threads at once. */
    @FunctionalInterface
    public interface Reads {
        /** {@code name}: the file's path in the site folder ("content/2024/731001/department.yaml"). */
        void read(String name, byte[] bytes);
    }

    private final Reads reads;
    private static final Reads NOT_TOLD = (name, bytes) -> { };

    private SiteLoader(Path root, Reads reads) {
        this.root = root;
        this.reads = reads;
    }

    /** Loads the site in {@code siteDir}, or throws with every problem found. */
    public static Site load(Path siteDir) throws LoadException {
        return load(siteDir, NOT_TOLD);
    }

    /**
     * Loads the site in {@code siteDir}, telling {@code reads} each file's bytes as they are read
     * (a build cache hashes what the model was made from).
     */
    public static Site load(Path siteDir, Reads reads) throws LoadException {
        Path root;
        try {
            root = siteDir.toRealPath();
        } catch (IOException e) {
            throw new LoadException(List.of(new Problem(Origin.ofFile(siteDir.toString()), "站点文件夹不存在")));
        }
        try {
            return new SiteLoader(root, reads).run();
        } finally {
            SharedStrings.forget();
        }
    }

    /**
     * {@code previous} with the departments named in {@code changed} ("2024/731001") read again
     * from {@code siteDir}: one whose folder is gone is dropped, one whose folder is new is added,
     * every other is kept as it was read, and project codes are checked across the years again.
     * The settings are kept: a change to site.yaml needs {@link #load}. A name that is no plain
     * department folder (a misplaced file, a bad folder name, a link) is left to a full load,
     * which reports it, so the result is always what {@link #load} would give.
     */
    public static Site reload(Site previous, Path siteDir, Set<String> changed) throws LoadException {
        return load(siteDir, previous, changed);
    }

    private static Site load(Path siteDir, Site previous, Set<String> changed) throws LoadException {
        SiteLoader loader;
        try {
            loader = new SiteLoader(siteDir.toRealPath(), NOT_TOLD);
        } catch (IOException e) {
            throw new LoadException(List.of(new Problem(Origin.ofFile(siteDir.toString()), "站点文件夹不存在")));
        }
        List<DepartmentFolder> folders = loader.folders(changed);
        try {
            return folders == null ? loader.run() : loader.rerun(previous, changed, folders);
        } finally {
            SharedStrings.forget();
        }
    }

    /** The department folders named in {@code changed} that exist; null when one is not a plain department folder. */
    private List<DepartmentFolder> folders(Set<String> changed) {
        Path content = root.resolve(CONTENT_DIR);
        if (Files.isSymbolicLink(content) || !Files.isDirectory(content)) {
            return null;
        }
        List<DepartmentFolder> folders = new ArrayList<>();
        for (String key : changed) {
            int slash = key.indexOf('/');
            String yearName = slash < 0 ? key : key.substring(0, slash);
            String code = slash < 0 ? "" : key.substring(slash + 1);
            Path yearDir = content.resolve(yearName);
            if (!YEAR.matcher(yearName).matches() || !SLUG.matcher(code).matches() || Files.isSymbolicLink(yearDir)
                    || !Files.isDirectory(yearDir, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            Path dir = yearDir.resolve(code);
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                folders.add(new DepartmentFolder(dir, name(dir), code, Integer.parseInt(yearName)));
            } else if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
        }
        return folders;
    }

    private Site rerun(Site previous, Set<String> changed, List<DepartmentFolder> folders) throws LoadException {
        List<Department> departments = new ArrayList<>();
        previous.years().forEach(y -> y.departments().stream()
                .filter(d -> !changed.contains(d.year() + "/" + d.code())).forEach(departments::add));
        folders.stream().map(this::readDepartment).filter(Objects::nonNull).forEach(departments::add);
        return assemble(previous.config(), departments);
    }

    private Site run() throws LoadException {
        SiteConfig config = readConfig();
        List<DepartmentFolder> folders = findDepartments();
        List<Department> departments = Batches.stream(folders).map(this::readDepartment)
                .filter(Objects::nonNull).toList();
        return assemble(config, departments);
    }

    private Site assemble(SiteConfig config, List<Department> departments) throws LoadException {
        checkProjectCodes(departments);
        if (!problems.isEmpty()) {
            throw new LoadException(problems.sorted());
        }
        Map<Integer, List<Department>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Department d : departments) {
            byYear.computeIfAbsent(d.year(), y -> new ArrayList<>()).add(d);
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, list) -> years.add(new Year(year,
                list.stream().sorted(Comparator.comparing(Department::code)).toList())));
        return new Site(config, years);
    }

    private SiteConfig readConfig() {
        Path file = root.resolve(SITE_FILE);
        if (!Files.isRegularFile(file)) {
            problems.add(Origin.ofFile(SITE_FILE), "找不到 site.yaml：站点文件夹里需要它（可用 gongkai init 新建一个站点）");
            return null;
        }
        Node node = safe(file) ? parseSettings(file) : null;
        return node == null ? null : SiteConfigReader.read(node, root, problems);
    }

    private record DepartmentFolder(Path dir, String name, String code, int year) {
    }

    /** Walks content/ and reports anything that is not where the format puts it. */
    private List<DepartmentFolder> findDepartments() {
        Path content = root.resolve(CONTENT_DIR);
        if (!safe(content)) {
            return List.of();
        }
        if (!Files.isDirectory(content)) {
            problems.add(Origin.ofFile(CONTENT_DIR + "/"),
                    "找不到 content/ 文件夹：内容应放在 content/<年度>/<部门编码>/ 下");
            return List.of();
        }
        List<DepartmentFolder> found = new ArrayList<>();
        for (Path yearDir : children(content)) {
            String yearName = yearDir.getFileName().toString();
            if (!Files.isDirectory(yearDir)) {
                misplaced(yearDir, "content/ 下应只有年度文件夹（如 content/2023/）");
                continue;
            }
            if (!YEAR.matcher(yearName).matches()) {
                problems.add(Origin.ofFile(name(yearDir) + "/"), "年度文件夹名应为四位年份（如 2023），这里是 \"" + yearName + "\"");
                continue;
            }
            for (Path deptDir : children(yearDir)) {
                String code = deptDir.getFileName().toString();
                if (!Files.isDirectory(deptDir)) {
                    misplaced(deptDir, "年度文件夹下应只有部门文件夹（如 content/" + yearName + "/731001/）");
                } else if (!SLUG.matcher(code).matches()) {
                    problems.add(Origin.ofFile(name(deptDir) + "/"), "部门文件夹名应为部门编码，或由文字、数字和 - _ . "
                            + "组成的名称（不以 . 或 - 开头，不超过 80 个字），这里是 \"" + code + "\"");
                } else {
                    found.add(new DepartmentFolder(deptDir, name(deptDir), code, Integer.parseInt(yearName)));
                }
            }
        }
        return found;
    }

    private Department readDepartment(DepartmentFolder folder) {
        List<Path> entries = children(folder.dir);
        Path file = folder.dir.resolve(DEPARTMENT_FILE);
        Path projectsDir = folder.dir.resolve(PROJECTS_DIR);
        Department department = null;
        if (entries.contains(file) && isRegularFile(file)) {
            String fileName = folder.name + "/" + DEPARTMENT_FILE;
            Parsed parsed = parse(file, fileName);
            if (parsed != null) {
                department = DepartmentReader.read(parsed.node, Origin.ofFile(fileName).at(1, 1), folder.code,
                        folder.year, parsed.incomplete, root, problems);
            }
        } else if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Origin.ofFile(folder.name + "/"), "部门文件夹缺少 department.yaml");
        }
        for (Path entry : entries) {
            if (!entry.equals(file) && !entry.equals(projectsDir)) {
                misplaced(entry, "部门文件夹里只能有 department.yaml 和 projects/ 文件夹");
            }
        }
        List<Project> projects = new ArrayList<>();
        if (entries.contains(projectsDir) && Files.isDirectory(projectsDir)) {
            for (Path projectFile : children(projectsDir)) {
                Project p = readProject(projectFile);
                if (p != null) {
                    projects.add(p);
                }
            }
        }
        if (department == null) {
            return null;
        }
        checkUnits(department, projects);
        projects.sort(Comparator.comparing((Project p) -> p.order() == null ? Integer.MAX_VALUE : p.order())
                .thenComparing(Project::code));
        return department.withProjects(projects);
    }

    private Project readProject(Path file) {
        String fileName = file.getFileName().toString();
        if (!isYaml(fileName)) {
            return null;
        }
        String name = name(file);
        if (!fileName.endsWith(".yaml")) {
            problems.add(Origin.ofFile(name), "项目文件的扩展名应为 .yaml");
            return null;
        }
        if (!isRegularFile(file)) {
            misplaced(file, "projects/ 里只能有项目文件 <项目编码>.yaml");
            return null;
        }
        Parsed parsed = parse(file, name);
        if (parsed == null) {
            return null;
        }
        String code = fileName.substring(0, fileName.length() - ".yaml".length());
        if (!SLUG.matcher(code).matches()) {
            problems.add(Origin.ofFile(name), "项目文件名应为项目编码，或由文字、数字和 - _ . 组成的名称"
                    + "（不以 . 或 - 开头，不超过 80 个字），这里是 \"" + fileName + "\"");
            return null;
        }
        return ProjectReader.read(parsed.node, Origin.ofFile(name).at(1, 1), code, parsed.incomplete, root, problems);
    }

    /** A project's unit must be one the department lists; several units mean each project names one. */
    private void checkUnits(Department department, List<Project> projects) {
        for (Project p : projects) {
            if (p.unit() != null) {
                boolean listed = department.units().stream()
                        .anyMatch(u -> p.unit().equals(u.code()) || p.unit().equals(u.name()));
                if (!listed) {
                    problems.add(p.unitOrigin(), "项目的预算单位 \"" + p.unit() + "\" 未列在 "
                            + department.origin().file() + " 的 units 中");
                }
            } else if (department.units().size() > 1) {
                problems.add(p.origin(), "部门有多个预算单位，项目须用 \"unit\" 写明所属单位");
            }
        }
    }

    /** Project codes are unique within a year, across departments. */
    private void checkProjectCodes(List<Department> departments) {
        Map<String, Project> seen = new HashMap<>();
        for (Department d : departments.stream().sorted(Comparator.comparing(Department::code)).toList()) {
            for (Project p : d.projects()) {
                Project earlier = seen.putIfAbsent(d.year() + "/" + p.code(), p);
                if (earlier != null) {
                    problems.add(p.origin(), "项目编码 \"" + p.code() + "\" 在 " + d.year() + " 年度重复（另见 "
                            + earlier.origin().file() + "）");
                }
            }
        }
    }

    private Node parseSettings(Path file) {
        String text = read(file, SITE_FILE);
        return text == null ? null : YamlParser.parse(SITE_FILE, text, problems);
    }

    /** The file's text, or null after reporting why it cannot be read; its bytes go to {@link #reads}. */
    private String read(Path file, String name) {
        byte[] bytes = SourceFile.bytes(file, name, problems);
        if (bytes == null) {
            return null;
        }
        reads.read(name, bytes);
        return SourceFile.text(bytes, name, problems);
    }

    /** A content file's YAML, and whether it still carries the importer's incomplete mark. */
    private record Parsed(Node node, boolean incomplete) {
    }

    private Parsed parse(Path file, String name) {
        String text = read(file, name);
        Node node = text == null ? null : YamlParser.parse(name, text, problems);
        return node == null ? null : new Parsed(node, isIncomplete(text));
    }

    /** The importer writes its mark as a comment line at the top, before any key. */
    static boolean isIncomplete(String text) {
        return text.startsWith(Department.INCOMPLETE_MARK) || text.contains("\n" + Department.INCOMPLETE_MARK);
    }

    /** Whether {@code file}, listed by {@link #children}, is a regular file (a link's target counts). */
    private boolean isRegularFile(Path file) {
        return plainFiles.contains(file) || Files.isRegularFile(file);
    }

    /** Refuses links that leave the site folder (and broken ones), so a build never reads outside it. */
    private boolean safe(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return true; // gone since it was listed: reading it says so
        }
        if (!attributes.isSymbolicLink()) {
            if (attributes.isRegularFile()) {
                plainFiles.add(path);
            }
            return true;
        }
        try {
            Path target = path.toRealPath();
            if (target.startsWith(root)) {
                return true;
            }
            problems.add(Origin.ofFile(name(path)), "符号链接指向站点文件夹之外（" + target + "），已拒绝读取");
        } catch (IOException e) {
            problems.add(Origin.ofFile(name(path)), "符号链接无效（目标不存在）");
        }
        return false;
    }

    /** Entries of a folder in name order; hidden ones (.git, .DS_Store) are skipped. */
    private List<Path> children(Path dir) {
        List<Path> list = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                if (!p.getFileName().toString().startsWith(".") && safe(p)) {
                    list.add(p);
                }
            }
        } catch (IOException e) {
            problems.add(Origin.ofFile(name(dir) + "/"), "无法读取文件夹：" + e.getMessage());
        }
        list.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return list;
    }

    private void misplaced(Path path, String rule) {
        if (isYaml(path.getFileName().toString()) || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Origin.ofFile(name(path)), "位置不对：" + rule);
        }
    }

    private static boolean isYaml(String fileName) {
        return fileName.endsWith(".yaml") || fileName.endsWith(".yml");
    }

    /** A path as shown in messages: relative to the site folder, with forward slashes. */
    private String name(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
