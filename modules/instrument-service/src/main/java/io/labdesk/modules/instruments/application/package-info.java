/**
 * What staff and customers do with instruments and service cases, in transactions with the module's permission
 * checks, and what the customer is told at each step.
 */
package io.labdesk.modules.instruments.application;
