/**
 * What staff, customers and the complaint module do with retest cases, in transactions with the module's permission
 * checks: open, record the sample, decide, approve, retest, conclude; and what the customer is told at each step.
 */
package io.labdesk.modules.retest.application;
