/**
 * The public posts API ({@code /api/v1/posts}): scheduled posts, history and counts, scoped to the
 * caller's agency and visible brands.
 */
package io.autoposter.server.posts;
