package io.labdesk.platform.core.staff;

import io.labdesk.platform.core.language.Messages;
import java.util.Locale;
import java.util.Map;

/**
 * Who acted, as people know them. Records keep the username (or "customer", "system"); readers see the staff
 * member's name, the customer's name and "LabDesk" for the platform's own work. A username no longer in the staff
 * list (the member was removed) shows as recorded, never as an error.
 */
public record ActorNames(Map<String, String> staff) {

    public static final String CUSTOMER = "customer";
    public static final String SYSTEM = "system";

    public ActorNames {
        staff = Map.copyOf(staff);
    }

    /** A staff member's name, or {@code username} when unknown; null stays null. */
    public String staff(String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        String name = staff.get(username);
        return name == null || name.isBlank() ? username : name;
    }

    /** The actor of a record: staff by name, the customer by {@code customerName} (or "the customer"), LabDesk itself. */
    public String of(String actor, String customerName, Locale locale) {
        if (CUSTOMER.equals(actor)) {
            return customerName == null || customerName.isBlank() ? Messages.get("actor.customer", locale)
                    : Messages.get("actor.customerNamed", locale, customerName.strip());
        }
        if (SYSTEM.equals(actor)) {
            return Messages.get("actor.system", locale);
        }
        return staff(actor);
    }
}
