package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a campaign must be: a name, a period that ends after it starts, customers reachable by its channel (an
 * e-mail for e-mail, a phone for text messages and calls), each once; and whether the institution planned the
 * campaigns its settings ask for this year.
 */
public final class CampaignRules {

    public static final int MAX_CUSTOMERS = 10_000;

    private CampaignRules() {
    }

    /** A customer as a campaign lists them. */
    public record Customer(String name, String organisation, String email, String phone, String language) {
    }

    /** The customers to invite, checked, each reachable once (the first of those with the same address kept). */
    public static List<Customer> checked(String name, LocalDate from, LocalDate to, CampaignChannel channel,
                                         List<Customer> customers) {
        Map<String, Text> refused = new LinkedHashMap<>();
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            refused.put("name", Text.of("请填写调查名称（不超过 200 个字符）。", "Name the survey (at most 200 characters)."));
        }
        if (from == null || to == null || to.isBefore(from)) {
            refused.put("to", Text.of("请给出调查期间，结束日期不早于开始日期。",
                    "Give the period; it ends on or after its start."));
        }
        if (channel == null) {
            refused.put("channel", Text.of("请选择调查方式：电子邮件、短信或电话。", "Choose e-mail, text message or phone."));
        }
        List<Customer> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (customers == null || customers.isEmpty() || customers.size() > MAX_CUSTOMERS) {
            refused.put("customers", Text.of("请列出 1 到 10000 位客户。", "List 1 to 10,000 customers."));
        } else if (channel != null) {
            for (int i = 0; i < customers.size(); i++) {
                Customer c = customers.get(i);
                String address = channel == CampaignChannel.EMAIL ? blankToNull(c.email()) : blankToNull(c.phone());
                if (c.name() == null || c.name().isBlank() || c.name().strip().length() > 100 || address == null) {
                    refused.put("customers", Text.of("第 " + (i + 1) + " 位客户缺少姓名或"
                                    + (channel == CampaignChannel.EMAIL ? "电子邮件" : "电话") + "。",
                            "Customer " + (i + 1) + " lacks a name or " + (channel == CampaignChannel.EMAIL
                                    ? "an e-mail address." : "a phone number.")));
                    break;
                }
                if (seen.add(address.toLowerCase(Locale.ROOT))) {
                    kept.add(new Customer(c.name().strip(), blankToNull(c.organisation()), blankToNull(c.email()),
                            blankToNull(c.phone()), "en".equals(c.language()) ? "en" : "zh-CN"));
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidModuleInput(refused);
        }
        return kept;
    }

    /** Whether the campaigns planned in {@code year} fall short of the {@code perYear} the settings ask. */
    public static boolean shortOf(long plannedThisYear, long perYear) {
        return plannedThisYear < perYear;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
