/**
 * Connected social accounts and the SANDBOX network: a pretend platform inside the server that lets
 * the demo and the tests publish for real without touching Facebook, Instagram, LinkedIn or X.
 */
package io.autoposter.server.sandbox;
