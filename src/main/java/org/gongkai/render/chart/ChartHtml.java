package org.gongkai.render.chart;

import java.math.BigDecimal;
import java.util.Locale;
import org.gongkai.site.Escape;

/**
 * Writes a {@link BarChart} as a figure: an SVG (role img, labelled by its title and description)
 * and the data table with the same numbers. Bar lengths are the only doubles; every printed amount
 * is {@link BigDecimal#toPlainString()}.
 */
final class ChartHtml {

    static final int WIDTH = 640;
    static final int BAR_SPACE = 480;
    static final int ROW = 44;
    static final int BAR_HEIGHT = 16;
    /** About the characters of 13px CJK text across the drawing's 640 units. */
    static final int MAX_LABEL = 46;

    private ChartHtml() {
    }

    static String figure(BarChart chart) {
        StringBuilder b = new StringBuilder();
        String id = chart.id();
        b.append("<figure class=\"chart\">\n");
        int height = chart.bars().size() * ROW + 4;
        b.append("<svg class=\"chart-svg\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\">\n");
        b.append("<title id=\"").append(id).append("-title\">").append(Escape.html(chart.title())).append("</title>\n");
        b.append("<desc id=\"").append(id).append("-desc\">").append(Escape.html(chart.description())).append("</desc>\n");
        BigDecimal max = chart.bars().stream().map(Bar::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int y = 0;
        for (Bar bar : chart.bars()) {
            String value = bar.value().toPlainString();
            double length = max.signum() > 0 && bar.value().signum() > 0
                    ? bar.value().doubleValue() / max.doubleValue() * BAR_SPACE : 0;
            b.append("<g class=\"chart-row\">")
                    .append("<text class=\"chart-label\" x=\"0\" y=\"").append(y + 15).append("\">")
                    .append(Escape.html(shortLabel(bar.label()))).append("</text>")
                    .append("<rect class=\"chart-bar").append(bar.previous() ? " chart-bar-previous" : "").append("\" x=\"0\" y=\"").append(y + 20).append("\" width=\"")
                    .append(format(length)).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" data-value=\"").append(value).append("\"/>")
                    .append("<text class=\"chart-value\" x=\"").append(format(length + 6)).append("\" y=\"")
                    .append(y + 33).append("\">").append(value).append("</text></g>\n");
            y += ROW;
        }
        b.append("</svg>\n");
        b.append("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"").append(id)
                .append("-data\">\n<table class=\"list chart-data\">\n<caption id=\"").append(id).append("-data\">")
                .append(Escape.html(chart.title())).append("：数据表</caption>\n")
                .append("<thead><tr><th scope=\"col\">").append(Escape.html(chart.labelHeading()))
                .append("</th><th scope=\"col\" class=\"num\">金额（").append(Escape.html(chart.unit()))
                .append("）</th></tr></thead>\n<tbody>\n");
        for (Bar bar : chart.bars()) {
            b.append("<tr><th scope=\"row\">").append(Escape.html(bar.label())).append("</th><td class=\"num\">")
                    .append(bar.value().toPlainString()).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n</div>\n</figure>\n");
        return b.toString();
    }

    /** A label that fits the drawing's width; the data table below has it in full. */
    static String shortLabel(String label) {
        return label.codePointCount(0, label.length()) <= MAX_LABEL ? label
                : label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
    }

    /** Coordinates with at most one decimal, the same on every machine. */
    static String format(double d) {
        String s = oneDecimal(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /**
     * {@code String.format(Locale.ROOT, "%.1f", d)}: the shortest decimal of {@code d} (as
     * {@link Double#toString}) rounded half up, as the Formatter rounds. The Formatter made a
     * {@code DecimalFormatSymbols} on every call (two a bar). {@code ChartHtmlTest} holds the two equal.
     */
    static String oneDecimal(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || Double.doubleToRawLongBits(d) < 0) { // rare: left to the Formatter
            return String.format(Locale.ROOT, "%.1f", d);
        }
        return new java.math.BigDecimal(Double.toString(d)).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
