package io.labdesk.platform.core.request;

import io.labdesk.platform.api.request.Channel;
import io.labdesk.platform.api.request.Priority;

/**
 * What a new request says, as staff record it or a customer files it. {@code language} is the customer's (zh-CN or
 * en; none: the institution's): what LabDesk writes to them is in it.
 */
public record Intake(String type, Priority priority, boolean emergency, Channel channel, String subject,
                     String description, String organisation, String contactName, String contactPhone,
                     String contactEmail, String language) {
}
