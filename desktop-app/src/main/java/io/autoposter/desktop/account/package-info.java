/**
 * The Account screen: the user's signed-in devices, two-factor status and enrolment (QR code,
 * recovery codes), the owners' agency-wide two-factor setting, and sign-out.
 */
package io.autoposter.desktop.account;
