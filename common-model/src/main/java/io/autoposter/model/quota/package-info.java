/**
 * Posting quotas per account and network (Instagram's API-published posts per 24 hours, X's posts
 * per user): the moving-window count the server refuses scheduling by and the desktop shows.
 */
package io.autoposter.model.quota;
