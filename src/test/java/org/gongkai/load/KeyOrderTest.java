package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.gongkai.fmt.ContentKind;
import org.junit.jupiter.api.Test;

/** fmt's key order names exactly the keys the loader reads, so a new key cannot be left out of it. */
class KeyOrderTest {

    @Test
    void fmtOrdersEveryKeyTheLoaderKnows() {
        Map<String, List<String>> shared = Map.of("budget", ProjectReader.BUDGET_KEYS,
                "sources", FormReader.SOURCE_KEYS, "indicators", ProjectReader.INDICATOR_KEYS,
                "indicator_columns", FormReader.COLUMN_KEYS, "rows", FormReader.ROW_KEYS,
                "sign_off", FormReader.ROW_KEYS, "tables", FormReader.TABLE_KEYS, "labels", FormReader.LABEL_KEYS,
                "attachments", AttachmentReader.KEYS);
        Map<String, List<String>> department = new HashMap<>(shared);
        department.putAll(Map.of("", DepartmentReader.KEYS, "units", DepartmentReader.UNIT_KEYS,
                "item_goals", DepartmentReader.ITEM_GOAL_KEYS, "disclosure", DepartmentReader.DISCLOSURE_KEYS,
                "overall_table", OverallTableReader.KEYS, "tasks", OverallTableReader.TASK_KEYS));
        List<String> departmentLabels = new java.util.ArrayList<>(FormReader.LABEL_KEYS);
        departmentLabels.addAll(DepartmentReader.DISCLOSURE_LABEL_KEYS);
        department.put("labels", departmentLabels);
        department.put("silence", ProjectReader.SILENCE_KEYS);
        assertSame(department, ContentKind.DEPARTMENT.orders());
        Map<String, List<String>> project = new HashMap<>(shared);
        project.putAll(Map.of("", ProjectReader.KEYS, "period", ProjectReader.PERIOD_KEYS,
                "silence", ProjectReader.SILENCE_KEYS));
        assertSame(project, ContentKind.PROJECT.orders());
    }

    private static void assertSame(Map<String, List<String>> loader, Map<String, List<String>> fmt) {
        assertEquals(loader.keySet(), fmt.keySet());
        loader.forEach((key, keys) -> assertEquals(new HashSet<>(keys), new HashSet<>(fmt.get(key)), key));
    }
}
