package org.gongkai.load;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Publication dates: "YYYY-MM-DD" or "YYYY-MM-DD HH:MM", as portals print them. */
final class Dates {

    private static final DateTimeFormatter WITH_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private Dates() {
    }

    /** The date as written, or null (reported) when it is not a real date in one of the two forms. */
    static String read(Fields f, String key, Problems problems) {
        String value = f.text(key);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate.parse(value);
            } else {
                LocalDateTime.parse(value, WITH_TIME);
            }
            return value;
        } catch (DateTimeParseException e) {
            problems.add(f.node(key).origin(), "\"" + key + "\" 应为日期，写成 2023-02-15 或 2023-02-15 09:30，这里是 \""
                    + Messages.clip(value) + "\"");
            return null;
        }
    }
}
