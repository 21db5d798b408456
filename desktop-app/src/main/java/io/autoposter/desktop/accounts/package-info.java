/**
 * The Social accounts screen: per brand, the Facebook Pages, Instagram, LinkedIn, X and sandbox
 * accounts it publishes to, read from the server (tokens never reach the desktop), and the
 * accounts' last known token health the composer flags from.
 */
package io.autoposter.desktop.accounts;
