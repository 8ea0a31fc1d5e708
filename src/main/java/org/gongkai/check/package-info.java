/**
 * The checks run on loaded content: one {@link org.gongkai.check.Rule} class per rule, and the
 * {@link org.gongkai.check.Checker} that regrades and silences findings in one place.
 */
package org.gongkai.check;
