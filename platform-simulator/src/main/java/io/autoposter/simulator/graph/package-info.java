/**
 * Facebook Login and the Graph API as Autoposter uses them: the OAuth dialog and code exchange,
 * long-lived tokens, {@code debug_token} and permissions, page discovery with page tokens, Page
 * posts and photos, Instagram content publishing (containers, status, publish, quota, comments,
 * media read-back) and insights. One dispatcher reads {@code /{version}/...} paths, because Graph
 * ids are all alike in a path.
 */
package io.autoposter.simulator.graph;
