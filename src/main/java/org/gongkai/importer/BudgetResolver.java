package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The budget amounts of a form, as printed, → format.md's budget: which amount is the year's
 * ({@code total}) and which the whole ({@code overall}) when the form prints both (当年 against
 * 总), and which of them each fund source belongs to — by its label (当年财政拨款) or else by the
 * column it stands in under a total.
 */
final class BudgetResolver {

    /** A fund source with its term ("当年", "总", or null for the same as {@code total}). */
    record Source(FormDraft.Money money, String term, List<Source> nested) {
    }

    record Budget(FormDraft.Money total, FormDraft.Money overall, List<Source> sources, List<FormDraft.Money> more,
            boolean sourcesDisagree) {
    }

    private BudgetResolver() {
    }

    /** Null when the form printed no budget amount at all. */
    static Budget resolve(List<FormDraft.Money> money) {
        if (money.isEmpty()) {
            return null;
        }
        List<FormDraft.Money> totals = money.stream().filter(m -> m.kind() != Labels.Money.SOURCE).toList();
        FormDraft.Money total = null;
        FormDraft.Money overall = null;
        if (totals.size() == 1) {
            total = totals.get(0);
        } else if (totals.size() > 1) {
            // 当年 against 总: the year's amount is the total, the other (项目总预算, 资金总额) the overall.
            total = totals.stream().filter(m -> m.kind() == Labels.Money.CURRENT).findFirst().orElse(null);
            overall = totals.stream().filter(m -> m.kind() == Labels.Money.OVERALL).findFirst().orElse(null);
            for (FormDraft.Money m : totals) {
                if (overall == null && m != total) {
                    overall = m;
                } else if (total == null && m != overall) {
                    total = m;
                }
            }
        }
        List<FormDraft.Money> more = new ArrayList<>();
        for (FormDraft.Money m : totals) {
            if (m != total && m != overall) {
                more.add(m);
            }
        }
        List<Source> sources = new ArrayList<>();
        FormDraft.Money lastTotal = null;
        for (FormDraft.Money m : money) {
            if (m.kind() != Labels.Money.SOURCE) {
                lastTotal = m;
                continue;
            }
            String term = null;
            if (overall != null) {
                FormDraft.Money under = m.current() ? total : column(money, m, lastTotal);
                term = under == overall ? "总" : "当年";
            }
            sources.add(new Source(m, term, nested(m.nested())));
        }
        boolean disagree = disagree(sources, null, total) || disagree(sources, "当年", total)
                || overall != null && disagree(sources, "总", overall);
        return new Budget(total, overall, sources, more, disagree || nestedTooLarge(sources));
    }

    /** The total standing last above {@code source} in its column, or the last total before it. */
    private static FormDraft.Money column(List<FormDraft.Money> money, FormDraft.Money source, FormDraft.Money fallback) {
        FormDraft.Money found = null;
        for (FormDraft.Money m : money) {
            if (m == source) {
                break;
            }
            if (m.kind() != Labels.Money.SOURCE && m.column() == source.column()) {
                found = m;
            }
        }
        return found != null ? found : fallback;
    }

    private static List<Source> nested(List<FormDraft.Money> money) {
        List<Source> out = new ArrayList<>();
        for (FormDraft.Money m : money) {
            out.add(new Source(m, null, nested(m.nested())));
        }
        return out;
    }

    /** Top-level sources of one term, all numbers, not adding up to their total: the form's own figures. */
    private static boolean disagree(List<Source> sources, String term, FormDraft.Money parent) {
        List<Source> of = sources.stream().filter(s -> term == null ? s.term() == null : term.equals(s.term())).toList();
        if (of.isEmpty() || parent == null || parent.amount().number() == null) {
            return false;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Source s : of) {
            if (s.money().amount().number() == null) {
                return false;
            }
            sum = sum.add(new BigDecimal(s.money().amount().number()));
        }
        return sum.compareTo(new BigDecimal(parent.amount().number())) != 0;
    }

    private static boolean nestedTooLarge(List<Source> sources) {
        for (Source s : sources) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Source n : s.nested()) {
                if (n.money().amount().number() != null) {
                    sum = sum.add(new BigDecimal(n.money().amount().number()));
                }
            }
            if (s.money().amount().number() != null && sum.compareTo(new BigDecimal(s.money().amount().number())) > 0
                    || nestedTooLarge(s.nested())) {
                return true;
            }
        }
        return false;
    }
}
