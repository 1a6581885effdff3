/**
 * The retest policy module (复测, REQUIREMENTS R1–R4): who is at fault, who pays, and whether the retest agrees with
 * the original within the measurement uncertainty. Compiles against platform/api only.
 */
package io.labdesk.modules.retest;
