/**
 * The agency's clients (brands): listing and creation at {@code /api/v1/clients}; every new brand
 * also goes into the change log so desktop apps learn about it on their next pull.
 */
package io.autoposter.server.brands;
