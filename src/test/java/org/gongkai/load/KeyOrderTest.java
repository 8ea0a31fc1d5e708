package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.gongkai.fmt.ContentKind;
import org.junit.jupiter.api.Test;

/** fmt's key order names exactly the keys the loader reads, so a new key cannot be left out of it. */
class KeyOrderTest {

    @Test
    void fmtOrdersEveryKeyTheLoaderKnows() {
        assertSame(Map.of("", DepartmentReader.KEYS, "units", DepartmentReader.UNIT_KEYS,
                "item_goals", DepartmentReader.ITEM_GOAL_KEYS, "disclosure", DepartmentReader.DISCLOSURE_KEYS),
                ContentKind.DEPARTMENT.orders());
        assertSame(Map.of("", ProjectReader.KEYS, "period", ProjectReader.PERIOD_KEYS,
                "budget", ProjectReader.BUDGET_KEYS, "indicators", ProjectReader.INDICATOR_KEYS,
                "silence", ProjectReader.SILENCE_KEYS), ContentKind.PROJECT.orders());
    }

    private static void assertSame(Map<String, List<String>> loader, Map<String, List<String>> fmt) {
        assertEquals(loader.keySet(), fmt.keySet());
        loader.forEach((key, keys) -> assertEquals(new HashSet<>(keys), new HashSet<>(fmt.get(key)), key));
    }
}
