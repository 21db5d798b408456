/** Request and response records of the server's HTTP API, and its RFC 9457 error body. */
package io.autoposter.model.api;
