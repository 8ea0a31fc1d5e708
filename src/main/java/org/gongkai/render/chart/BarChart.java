package org.gongkai.render.chart;

import java.util.List;

/**
 * A horizontal bar chart of amounts in one money unit (amounts in different units are never drawn on
 * one scale). {@code id} is unique on its page; it names the title and description the SVG refers to.
 */
public record BarChart(String id, String title, String description, String unit, String labelHeading,
        List<Bar> bars) {

    public BarChart {
        bars = List.copyOf(bars);
    }

    /** The figure: the SVG followed by its data table, as HTML for {@code {{ chart.html | raw }}}. */
    public String html() {
        return ChartHtml.figure(this);
    }
}
