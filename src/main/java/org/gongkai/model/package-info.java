/**
 * The immutable records of a site: years, departments, projects, their budgets and indicators,
 * each value with the origin it was read from.
 */
package org.gongkai.model;
