/**
 * Charts drawn at build time: horizontal bar charts as inline SVG, each with a title, a description
 * and a data table as its accessible fallback. No script, no style attribute, nothing from another host.
 */
package org.gongkai.render.chart;
