package io.labdesk.platform.api.request;

/** Where a service request (工单) stands, from receipt to archive (P4). */
public enum RequestStatus {
    RECEIVED, ACKNOWLEDGED, IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED, FOLLOWED_UP, CLOSED, REOPENED
}
