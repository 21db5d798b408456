/**
 * HTTP plumbing every endpoint shares: reading and writing JSON with the contract's mapper and
 * turning every failure into an {@code application/problem+json} body with a stable code.
 */
package io.autoposter.server.api;
