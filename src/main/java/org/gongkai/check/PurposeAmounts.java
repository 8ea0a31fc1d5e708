package org.gongkai.check;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Budget;
import org.gongkai.model.Project;

/**
 * The amounts the 资金用途 text states ("预算数51万元，其中财政资金51万元，其他资金0万元") must
 * be the budget fields: both cannot be the record. Compared as numbers (51 equals 51.00); a
 * blank 其他资金 equals a stated 0.
 */
public final class PurposeAmounts extends Rule {

    private static final Pattern STATED = Pattern.compile("(预算数|财政资金|其他资金)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(万元|元)");

    public PurposeAmounts() {
        super("purpose-amounts", Grade.ERROR, "资金用途中写明的金额与预算数、财政资金、其他资金一致");
    }

    @Override
    public void check(Subject s, Report report) {
        Project p = s.project();
        if (p.purpose() == null) {
            return;
        }
        Budget b = p.budget();
        Matcher m = STATED.matcher(p.purpose());
        while (m.find()) {
            BigDecimal field = switch (m.group(1)) {
                case "预算数" -> b.total();
                case "财政资金" -> b.fiscal();
                default -> b.other() == null ? BigDecimal.ZERO : b.other();
            };
            if (!m.group(3).equals(p.moneyUnit(s.department())) || field == null) {
                continue;
            }
            BigDecimal stated = new BigDecimal(m.group(2));
            if (stated.compareTo(field) != 0) {
                report.add(p.purposeOrigin(), null, "资金用途写明" + m.group(1) + " " + m.group(2) + m.group(3)
                        + "，与表中的 " + field.toPlainString() + " 不符");
            }
        }
    }
}
