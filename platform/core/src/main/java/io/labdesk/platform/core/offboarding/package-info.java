/**
 * How an institution leaves: all its data exported as one archive (every table carrying its tenant id, modules'
 * included, found in the database catalogue), then deleted for good once it is suspended and exported. Uses the
 * operators' register, modules, identity and tenancy.
 */
package io.labdesk.platform.core.offboarding;
