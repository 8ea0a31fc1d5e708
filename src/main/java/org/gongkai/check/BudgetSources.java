package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.BudgetDetails;
import org.gongkai.model.FundSource;

/**
 * Named fund sources add up, in exact decimals: the top-level sources of one term (当年, or 总 when
 * the form has both budgets) make that term's amount ({@code total}, or {@code overall} for 总), and
 * the sources listed under one after 其中 do not add up to more than it. Only sums of numbers are
 * checked: a blank cell (null) leaves its group alone. A source named …构成 (收入构成, 支出构成 of a
 * 整体支出表) is a breakdown of the whole budget, not a part of it: it equals the amount by itself.
 */
public final class BudgetSources extends Rule {

    public BudgetSources() {
        super("budget-sources", Grade.ERROR, "资金来源之和等于对应的预算数，“其中”各项之和不超过上一级");
    }

    @Override
    public boolean checksOverallTable() {
        return true;
    }

    @Override
    public void check(Subject s, Report report) {
        BudgetDetails d = s.budgetDetails();
        if (d.sources().isEmpty()) {
            return;
        }
        for (String term : List.of("当年", "总")) {
            BigDecimal amount = term.equals("总") ? d.overall() : s.budget().total();
            List<FundSource> parts = new ArrayList<>();
            for (FundSource source : d.sources()) {
                if (!term.equals(source.term() == null ? "当年" : source.term())) {
                    continue;
                }
                if (source.name().endsWith("构成")) {
                    breakdown(source, amount, label(d, term), report);
                } else {
                    parts.add(source);
                }
            }
            BigDecimal sum = sum(parts);
            if (amount != null && sum != null && sum.compareTo(amount) != 0) {
                report.add(parts.get(0).origin(), null, "资金来源 " + terms(parts) + " = " + sum.toPlainString()
                        + "，与" + label(d, term) + " " + amount.toPlainString() + " 不符");
            }
        }
        d.sources().forEach(source -> nested(source, report));
    }

    private static void breakdown(FundSource source, BigDecimal amount, String label, Report report) {
        if (amount != null && source.amount() != null && source.amount().compareTo(amount) != 0) {
            report.add(source.origin(), null, "资金来源“" + source.name() + "” " + source.amount().toPlainString()
                    + " 与" + label + " " + amount.toPlainString() + " 不符");
        }
    }

    /** 其中: the sources under {@code parent}, at every depth, add up to no more than it. */
    private static void nested(FundSource parent, Report report) {
        BigDecimal sum = sum(parent.sources());
        if (parent.amount() != null && sum != null && sum.compareTo(parent.amount()) > 0) {
            report.add(parent.sources().get(0).origin(), null, "资金来源“" + parent.name() + "”其中 "
                    + terms(parent.sources()) + " = " + sum.toPlainString() + "，超过“" + parent.name() + "”的 "
                    + parent.amount().toPlainString());
        }
        parent.sources().forEach(child -> nested(child, report));
    }

    /** The exact sum, or null when there is nothing to add or a cell is blank. */
    private static BigDecimal sum(List<FundSource> sources) {
        if (sources.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (FundSource s : sources) {
            if (s.amount() == null) {
                return null;
            }
            sum = sum.add(s.amount());
        }
        return sum;
    }

    /** "财政拨款 80 + 自有资金 20" */
    private static String terms(List<FundSource> sources) {
        List<String> terms = new ArrayList<>();
        sources.forEach(s -> terms.add(s.name() + " " + s.amount().toPlainString()));
        return String.join(" + ", terms);
    }

    /** The amount's printed label: 年度资金总额, 项目总预算…, else 预算数 / 总预算. */
    private static String label(BudgetDetails d, String term) {
        if (term.equals("总")) {
            return d.overallLabel() != null ? d.overallLabel() : "总预算";
        }
        return d.totalLabel() != null ? d.totalLabel() : d.hasOverall() ? "当年预算数" : "预算数";
    }
}
