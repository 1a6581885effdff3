package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.module.InvalidModuleInput;
import io.labdesk.platform.api.module.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a questionnaire version must be: one to fifty items, codes unique and plain, wording in both languages. */
public final class QuestionnaireRules {

    private QuestionnaireRules() {
    }

    public static List<Item> checked(List<Item> items) {
        if (items == null || items.isEmpty() || items.size() > 50) {
            throw InvalidModuleInput.of("items", Text.of("问卷须有 1 到 50 个题目。",
                    "A questionnaire has 1 to 50 items."));
        }
        Set<String> codes = new HashSet<>();
        for (Item item : items) {
            if (!item.code().matches("[a-z][a-z0-9-]{0,39}") || !codes.add(item.code())) {
                throw InvalidModuleInput.of("items", Text.of("题目代码须唯一，由小写字母、数字和短横线组成：" + item.code(),
                        "Item codes are unique, of lower-case letters, digits and dashes: " + item.code()));
            }
            if (item.wording().zh().isBlank() || item.wording().en().isBlank() || item.wording().zh().length() > 500
                    || item.wording().en().length() > 500) {
                throw InvalidModuleInput.of("items", Text.of("每个题目须有中英文措辞（不超过 500 个字符）：" + item.code(),
                        "Each item needs its wording in Chinese and English (at most 500 characters): " + item.code()));
            }
            if (item.kind() == ItemKind.CHOICE && (item.options().size() < 2 || item.options().size() > 20)) {
                throw InvalidModuleInput.of("items", Text.of("单选题须有 2 到 20 个选项：" + item.code(),
                        "A single choice has 2 to 20 options: " + item.code()));
            }
        }
        return items;
    }
}
