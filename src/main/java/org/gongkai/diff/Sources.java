package org.gongkai.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.FundSource;

/**
 * Named fund sources of two forms, paired by their path of names (term, then the names from the top:
 * 财政拨款／上级财政), amounts compared exactly. Only what was added, dropped or changed is listed, in
 * the order of the newer form, then what was dropped.
 */
final class Sources {

    private Sources() {
    }

    static List<SourceChange> compare(List<FundSource> before, List<FundSource> after, boolean sameUnit) {
        Map<String, FundSource> old = paths(before);
        List<SourceChange> changes = new ArrayList<>();
        paths(after).forEach((path, source) -> {
            FundSource was = old.remove(path);
            AmountChange amount = new AmountChange(was == null ? null : was.amount(), source.amount(), sameUnit);
            if (was == null) {
                changes.add(new SourceChange(Status.ADDED, path, amount));
            } else if (amount.changed()) {
                changes.add(new SourceChange(Status.CHANGED, path, amount));
            }
        });
        old.forEach((path, source) -> changes.add(new SourceChange(Status.DROPPED, path,
                new AmountChange(source.amount(), null, sameUnit))));
        return changes;
    }

    /** Every source at every depth by its path; a repeated path keeps its first source. */
    private static Map<String, FundSource> paths(List<FundSource> sources) {
        Map<String, FundSource> paths = new LinkedHashMap<>();
        for (FundSource s : sources) {
            add(s.term() == null ? s.name() : s.term() + "：" + s.name(), s, paths);
        }
        return paths;
    }

    private static void add(String path, FundSource source, Map<String, FundSource> paths) {
        paths.putIfAbsent(path, source);
        for (FundSource child : source.sources()) {
            add(path + "／" + child.name(), child, paths);
        }
    }
}
