/**
 * Year-over-year comparison of disclosures: what changed between two sets of departments, and
 * the text, Markdown and JSON reports of {@code gongkai diff}.
 */
package org.gongkai.diff;
