/**
 * Publishing posts when they are due: a timer armed for the earliest scheduled post, an atomic
 * claim, and one {@link io.autoposter.server.publish.NetworkPublisher} per network.
 */
package io.autoposter.server.publish;
