/** The one configured Jackson mapper that every module reads and writes JSON with. */
package io.autoposter.model.json;
