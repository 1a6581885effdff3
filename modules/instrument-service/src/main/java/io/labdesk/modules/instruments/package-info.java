/**
 * The instrument service module (仪器售后, REQUIREMENTS W1–W6, sources 002 and 004): customers' instruments on record
 * with their warranty, and service cases with their service levels, quotes and refunds. Compiles against
 * platform/api only.
 */
package io.labdesk.modules.instruments;
