package io.labdesk.platform.core.request;

import io.labdesk.platform.api.request.Channel;
import io.labdesk.platform.api.request.Priority;

/** What a new request says, as staff record it or a customer files it. */
public record Intake(String type, Priority priority, boolean emergency, Channel channel, String subject,
                     String description, String organisation, String contactName, String contactPhone,
                     String contactEmail) {
}
