/**
 * What a retest case is and the rules it follows, free of the server: the cause catalogue and its classes (R1–R3),
 * whether a case may go ahead, who may decide it, what the customer pays or gets back, and whether the retest
 * agrees with the original test. Uses platform/api's values and nothing else.
 */
package io.labdesk.modules.retest.domain;
