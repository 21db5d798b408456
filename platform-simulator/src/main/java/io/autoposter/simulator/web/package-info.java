/**
 * HTTP plumbing the simulated platforms share: request parameters from the query, form, multipart
 * or JSON body ({@code Params}), JSON and HTML answers, and the {@code Gate} that applies the armed
 * faults around each call.
 */
package io.autoposter.simulator.web;
