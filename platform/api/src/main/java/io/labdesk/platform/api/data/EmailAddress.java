package io.labdesk.platform.api.data;

import java.util.regex.Pattern;

/** The one test of an e-mail address every form and API uses: something@domain.tld, no spaces. */
public final class EmailAddress {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddress() {
    }

    public static boolean valid(String address) {
        return address != null && SHAPE.matcher(address.strip()).matches();
    }
}
