/**
 * CSV import of posts: read and check every row of a file first, show which rows fail and why, and
 * import the valid rows only when the user chose to (docs/csv-import.md).
 */
package io.autoposter.desktop.csvimport;
