package org.gongkai.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as printed: at most {@value #PER_FILE} for each source file, then one line counting the
 * rest. Why: a damaged or hostile source can yield a finding per cell (a 1,000,000-row workbook
 * printed 527 MB), and nobody reads past the first screens; the count says how much more there is.
 */
public final class FindingCap {

    public static final int PER_FILE = 50;

    private FindingCap() {
    }

    /** The lines to print, in order, each finding as {@link Finding#toString()}. */
    public static List<String> lines(List<Finding> findings) {
        Map<String, Integer> shown = new LinkedHashMap<>();
        Map<String, Integer> left = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            if (shown.merge(f.source(), 1, Integer::sum) <= PER_FILE) {
                lines.add(f.toString());
            } else {
                left.merge(f.source(), 1, Integer::sum);
            }
        }
        left.forEach((source, n) -> lines.add(source + "：另有 " + n + " 处未列出（每个文件只列出前 " + PER_FILE + " 处）"));
        return lines;
    }
}
