/**
 * Corrective and preventive actions, seen from a module. When something a module handles calls for a correction
 * (a complaint upheld, a tendency spotted, an audit finding), it raises an action in the institution's one CAPA
 * register here rather than keeping a register of its own; the platform tracks it to its effectiveness check. Plain
 * Java types only.
 */
package io.labdesk.platform.api.capa;
