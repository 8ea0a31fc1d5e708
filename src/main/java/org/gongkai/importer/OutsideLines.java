package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines in no table cell (or alone across a table): the form's title and year, 预算单位 and
 * 金额单位, sign-off lines (填报单位(盖章):…, 编报时间:…), portal metadata (索 引 号 … 发布日期 …),
 * and prose, which is kept verbatim as notes. Never takes a date or an 索引号 for a unit line.
 */
final class OutsideLines {

    /** "label: value" with a short label, as sign-off and page lines print it. */
    private static final Pattern PAIR = Pattern.compile("^([^:：]{1,24}?)\\s*[:：]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern METADATA_LABEL;

    static {
        List<String> alternatives = new ArrayList<>();
        for (String label : Labels.METADATA.keySet()) {
            alternatives.add(String.join("\\s*", label.split("")) + "\\s*[:：]?");
        }
        alternatives.sort((a, b) -> b.length() - a.length());
        METADATA_LABEL = Pattern.compile(String.join("|", alternatives));
    }

    private OutsideLines() {
    }

    /** A line that begins a form of its own: its title (not 绩效项目指标表, the title of a form's indicator table). */
    static boolean startsForm(Cell line) {
        String n = Labels.norm(line.text());
        return isTitle(n) && !n.endsWith("指标表");
    }

    /** A line that means something alone: a title, a year, a unit or sign-off line, metadata. */
    static boolean isLine(Cell line) {
        String n = Labels.norm(line.text());
        return isTitle(n) || Labels.YEAR_LINE.matcher(n).matches() || Labels.AMOUNT_UNIT.matcher(n).find()
                || Labels.UNIT_NAME.matcher(n).find() || metadata(line.text()) != null;
    }

    private static boolean isTitle(String n) {
        return n.length() < 100 && Labels.FORM_TITLE.matcher(n).matches();
    }

    /** A line of the current form, or of the department when no form has started. */
    static void line(Cell c, FormReader.Context context) {
        c.use();
        if (split(c, context, false)) {
            return;
        }
        String text = c.text().strip();
        String n = Labels.norm(text);
        if (text.isEmpty()) {
            return;
        }
        List<String[]> meta = metadata(text);
        if (meta != null) {
            metadataLines(c, meta, context);
            return;
        }
        FormDraft form = context.current();
        if (form != null && form.hasContent() && n.endsWith("指标表") && n.length() <= 30) {
            form.pendingIndicatorTitle = text;
            return;
        }
        if (form == null) {
            form = context.form(c);
        }
        if (isTitle(n)) {
            form.overall |= n.contains("整体") && (n.contains("部门") || n.contains("单位"));
            if (form.title == null) {
                form.title = text;
            } else if (!Labels.norm(form.title).contains(n)) {
                form.title = form.title + " " + text;
            }
            year(n, context);
            return;
        }
        Matcher year = Labels.YEAR_LINE.matcher(n);
        if (year.matches()) {
            context.department().year = context.department().year == null ? year.group(1) : context.department().year;
            form.title = form.title == null ? text : form.title + " " + text;
            return;
        }
        Matcher unit = Labels.AMOUNT_UNIT.matcher(n);
        Matcher unitName = Labels.UNIT_NAME.matcher(n);
        boolean hasUnit = unit.find();
        boolean hasName = unitName.find();
        if (hasUnit || hasName) {
            if (hasUnit) {
                form.amountUnit = unit.group(1);
            }
            if (hasName && !unitName.group(1).isBlank()) {
                form.unitName = unitName.group(1).strip();
            }
            signOff(c, text, form.signOff);
            return;
        }
        if (!signOff(c, text, form.signOff)) {
            form.notes.add(text);
            textYear(n, context);
        }
    }

    /** A line of a page with no form: metadata, sign-off or prose of the department. */
    static void departmentLine(Cell c, FormReader.Context context) {
        c.use();
        if (split(c, context, true)) {
            return;
        }
        String text = c.text().strip();
        List<String[]> meta = metadata(text);
        if (meta != null) {
            metadataLines(c, meta, context);
        } else if (!signOff(c, text, context.department().signOff)) {
            context.department().notes.add(text);
        }
        textYear(Labels.norm(text), context);
    }

    /** "发布时间:2021-02-08  |  发布单位:区科经局": each part read as a line of its own. */
    private static boolean split(Cell c, FormReader.Context context, boolean department) {
        String[] parts = c.text().strip().split("\\s*\\|\\s*");
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!part.isBlank()) {
                Cell piece = new Cell(part, c.where());
                if (department) {
                    departmentLine(piece, context);
                } else {
                    line(piece, context);
                }
            }
        }
        return true;
    }

    private static void textYear(String n, FormReader.Context context) {
        Matcher y = Labels.YEAR.matcher(n);
        if (context.department().textYear == null && y.find()) {
            context.department().textYear = y.group(1);
        }
    }

    private static void year(String n, FormReader.Context context) {
        Matcher y = Labels.YEAR.matcher(n);
        if (context.department().year == null && y.find()) {
            context.department().year = y.group(1);
        }
    }

    /**
     * "label:value" lines whose label signs or places the form; several on one line split at "|" or
     * wide gaps. False (nothing added) when the line is prose.
     */
    private static boolean signOff(Cell c, String text, List<FormDraft.Row> into) {
        List<FormDraft.Row> found = new ArrayList<>();
        for (String part : text.split("\\s*\\|\\s*|\\s{4,}(?=[^\\s:：]{1,12}\\s*[:：])")) {
            Matcher m = PAIR.matcher(part.strip());
            if (!m.matches() || !Labels.SIGN_OFF.matcher(Labels.norm(m.group(1))).matches()
                    || Labels.norm(m.group(1)).matches(".*[,。;].*")) {
                return false;
            }
            String value = m.group(2).strip();
            if (value.length() > 60) {
                return false;
            }
            found.add(new FormDraft.Row(null, Labels.printed(m.group(1)), value.isEmpty() ? null : value));
        }
        into.addAll(found);
        return !found.isEmpty();
    }

    /** 索 引 号 733569413/2021-21323 发布日期 2021-02-08 → (label, value) pairs; null when the line is not metadata. */
    static List<String[]> metadata(String text) {
        Matcher m = METADATA_LABEL.matcher(text);
        List<int[]> at = new ArrayList<>();
        while (m.find()) {
            at.add(new int[] {m.start(), m.end()});
        }
        if (at.isEmpty() || at.get(0)[0] != 0 || at.size() < 2 && text.length() > 60) {
            return null;
        }
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            String label = text.substring(at.get(i)[0], at.get(i)[1]);
            String value = text.substring(at.get(i)[1], i + 1 < at.size() ? at.get(i + 1)[0] : text.length()).strip();
            pairs.add(new String[] {label, value});
        }
        return pairs;
    }

    private static void metadataLines(Cell c, List<String[]> pairs, FormReader.Context context) {
        for (String[] p : pairs) {
            Metadata.put(context, c, p[0], p[1].isEmpty() ? null : p[1]);
        }
    }

    static String shorten(String text) {
        String one = text.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 40) + "…" : one;
    }
}
