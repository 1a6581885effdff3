package io.labdesk.platform.api.request;

/** How urgent a service request is; emergencies (instrument down) are flagged separately. */
public enum Priority { LOW, NORMAL, HIGH, URGENT }
