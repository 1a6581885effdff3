/** Gap-free numbers per institution, kind and year for any record, on the platform table {@code record_counter}. */
package io.labdesk.platform.core.numbering;
