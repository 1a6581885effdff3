/**
 * What audits are about, without a server: the clause library shipped as data, the institution's areas and
 * criteria, programmes, audits, checklist items and findings as entities, and the rules of coverage, independence
 * and grading, each tested on its own.
 */
package io.labdesk.modules.audit.domain;
