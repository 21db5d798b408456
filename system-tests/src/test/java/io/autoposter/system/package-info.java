/** End-to-end tests: the real server and the real desktop code together, over loopback HTTP. */
package io.autoposter.system;
