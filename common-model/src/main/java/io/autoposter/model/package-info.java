/** The domain shared by desktop and server: identifiers, posts, brands and their statuses. */
package io.autoposter.model;
