package io.labdesk.platform.api.request;

/** How a request reached the institution (P2): staff record phone, e-mail, chat and walk-in requests. */
public enum Channel { PHONE, EMAIL, CHAT, FORM, WALK_IN, API }
