/**
 * Open data: the downloads of every page (CSV, XLSX, JSON), the bulk files and datapackage.json of
 * every year and of the site, and the static JSON API, one page type per kind of file.
 */
package org.gongkai.data;
