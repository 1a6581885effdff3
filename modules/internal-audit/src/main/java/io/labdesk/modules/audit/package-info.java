/**
 * Internal audits (REQUIREMENTS A1–A4, ISO/IEC 17025:2017 §8.8, guided by ISO 19011): the module's descriptor and
 * its entities. {@code domain} holds the clause library, coverage, independence and grade rules as plain Java;
 * {@code application} the audit's life on the platform's facades; {@code infrastructure.persistence} the storage;
 * {@code interfaces} the REST resource, views and dashboard.
 */
package io.labdesk.modules.audit;
