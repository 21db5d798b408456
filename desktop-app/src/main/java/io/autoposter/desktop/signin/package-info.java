/** The sign-in screen: server address, e-mail and password, with errors a person can act on. */
package io.autoposter.desktop.signin;
