/**
 * The payloads of the target events indicator-service publishes on {@code styrplan.indicator.v1}. They are a
 * published contract read by other services and municipal systems: change them additively only (new optional
 * fields); anything else is a new event type with a new version suffix.
 */
package se.styrplan.indicator.target.events;
