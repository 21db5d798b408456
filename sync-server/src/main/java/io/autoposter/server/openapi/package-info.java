/**
 * The hand-written OpenAPI 3.1 document of every {@code /api/v1} route, served at {@code GET
 * /api/v1/openapi.yaml}; a test fails when a registered route is missing from it.
 */
package io.autoposter.server.openapi;
