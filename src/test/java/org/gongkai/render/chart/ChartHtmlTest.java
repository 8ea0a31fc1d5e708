package org.gongkai.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chart's coordinates written as String.format(Locale.ROOT, "%.1f") writes them, without its cost. */
class ChartHtmlTest {

    private static void same(double d) {
        assertEquals(String.format(Locale.ROOT, "%.1f", d), ChartHtml.oneDecimal(d), () -> "d = " + d);
    }

    @Test
    void roundsAsTheFormatterDoes() {
        double[] edges = {0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.45, 0.95, 1.05, 2.675, 1e-5, 0.049999999999999996,
            9.95, 99.95, 999.95, 1e7, 1.2345e15, 1e22, 4.35, 5.45, 1234.5678, -1.25, -0.04, Double.MIN_VALUE,
            Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double d : edges) {
            same(d);
        }
        Random random = new Random(20261202);
        for (int i = 0; i < 200_000; i++) {
            same(random.nextInt(100_000) / 20.0);                      // every x.x5 a bar's length can end in
            same(random.nextDouble() * 700);                          // the drawing's coordinates
            same(random.nextDouble() * Math.pow(10, random.nextInt(30) - 10));
            same(Double.longBitsToDouble(random.nextLong()));         // any double at all
        }
    }

    @Test
    void dropsATrailingZero() {
        assertEquals("12", ChartHtml.format(12.0));
        assertEquals("12.5", ChartHtml.format(12.46));
        assertEquals("0", ChartHtml.format(0.04));
    }
}
