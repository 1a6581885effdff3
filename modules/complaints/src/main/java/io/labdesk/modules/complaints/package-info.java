/**
 * The complaint handling module (投诉处理, ISO/IEC 17025 §7.9): its descriptor for the platform (permissions, views,
 * settings, changelog, public forms, dashboard figures) and the entities it brings. Talks to the platform through
 * platform/api only and to other modules through module events.
 */
package io.labdesk.modules.complaints;
