/** The Brands screen: client brands with colour, time zone and logo; editing for owners/admins. */
package io.autoposter.desktop.brands;
