package io.labdesk.platform.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The customers' page templates: every value escaped, the fields drawn as the pages' tests and browsers expect. */
class PageTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    private static Map<String, Object> requestForm(String subject) {
        Map<String, Page.Field> fields = new HashMap<>();
        fields.put("type", new Page.Field("type", "select", "请求类型", true, 0, "DISPUTE", false, null, null,
                List.of(new Page.Choice("REPAIR", "仪器维修"), new Page.Choice("DISPUTE", "结果异议"))));
        fields.put("subject", Page.Field.of("subject", "text", "主题", true, 200, subject, false, null, null));
        fields.put("contactPhone", Page.Field.of("contactPhone", "tel", "电话", false, 40, null, true,
                "请至少填写电话或电子邮箱", null));
        fields.put("contactEmail", Page.Field.of("contactEmail", "email", "电子邮箱", false, 320, null, true, null,
                null));
        fields.put("emergency", Page.Field.of("emergency", "checkbox", "紧急", false, 0, "true", false, null, null));
        Map<String, Object> model = new HashMap<>();
        model.put("fields", fields);
        model.put("formKey", "k");
        model.put("formError", "public.form.fix");
        model.put("contactHint", true);
        return model;
    }

    @Test
    void typedMarkupComesBackAsTextNotAsAnElement() {
        String html = Page.html("request-form", Locale.SIMPLIFIED_CHINESE, Page.frame(Locale.SIMPLIFIED_CHINESE,
                SCRIPT, "东湖 <b>检测</b>"), requestForm(SCRIPT));
        assertThat(html).doesNotContain("<script").doesNotContain("<b>")
                .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>")
                .contains("东湖 &lt;b&gt;检测&lt;/b&gt;");
    }

    @Test
    void theRequestFormKeepsItsMarkup() {
        String html = Page.html("request-form", Locale.SIMPLIFIED_CHINESE, Page.frame(Locale.SIMPLIFIED_CHINESE,
                "服务请求", "东湖"), requestForm("COD"));
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"zh-CN\">")
                .contains("<p class=\"ld-error\" role=\"alert\" id=\"form-error\">请更正下方标出的内容。</p>")
                .contains("<option value=\"DISPUTE\" selected=\"selected\">结果异议</option>")
                .contains("<label for=\"subject\">主题 <span class=\"ld-required\">*</span></label>")
                .contains("id=\"contactPhone\" name=\"contactPhone\" maxlength=\"40\" value=\"\" aria-invalid=\"true\"")
                .contains("id=\"contactEmail\" name=\"contactEmail\" maxlength=\"320\" value=\"\" aria-invalid=\"true\"")
                .contains("<p class=\"ld-field-error\" id=\"contactPhone-error\">请至少填写电话或电子邮箱</p>")
                .doesNotContain("id=\"contactEmail-error\"")
                .contains("id=\"emergency\" name=\"emergency\" checked=\"checked\"")
                .contains("name=\"website\"").contains("<button type=\"submit\" id=\"submit\">");
        assertThat(html.indexOf("id=\"subject\"")).isLessThan(html.indexOf("id=\"contactPhone\""));
    }
    @Test
    void theTrackingPageAndAModuleFormShowTypedMarkupAsText() {
        Map<String, Object> model = new HashMap<>();
        model.put("isNew", true);
        model.put("added", false);
        model.put("subject", SCRIPT);
        model.put("intro", null);
        model.put("contact", null);
        model.put("number", "SR-2026-000001");
        model.put("status", "RECEIVED");
        model.put("receivedAt", "2026-12-02 09:00");
        model.put("agreedFollowUpAt", null);
        model.put("files", List.of(SCRIPT + ".pdf (1 KB)"));
        model.put("steps", List.of(new TrackingPageServlet.Step("CUSTOMER_ADDED", "2026-12-02 09:05", SCRIPT)));
        model.put("links", List.of(new TrackingPageServlet.Link("complaint", "/t/x/complaint?from=a&lang=en", "投诉")));
        model.put("closed", false);
        model.put("action", "tok?lang=zh-CN");
        model.put("formKey", "k");
        model.put("addError", "public.form.fix");
        model.put("addFields", List.of(Page.Field.of("note", "textarea", "补充说明", false, 10000, SCRIPT, true, "x",
                null)));
        String tracking = Page.html("tracking", Locale.SIMPLIFIED_CHINESE, Page.frame(Locale.SIMPLIFIED_CHINESE,
                "t", "东湖"), model);
        assertThat(tracking).doesNotContain("<script")
                .contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>")
                .contains("<span id=\"request-number\">SR-2026-000001</span>")
                .contains("data-kind=\"CUSTOMER_ADDED\"")
                .contains(">&lt;script&gt;alert(1)&lt;/script&gt;</textarea>")
                .contains("href=\"/t/x/complaint?from=a&amp;lang=en\"")
                .contains("id=\"add-submit\"");

        model.put("closed", true);
        assertThat(Page.html("tracking", Locale.ENGLISH, Page.frame(Locale.ENGLISH, "t", "Donghu"), model))
                .contains("id=\"add-closed\"").doesNotContain("id=\"add-submit\"");

        Map<String, Object> form = new HashMap<>();
        form.put("title", "投诉");
        form.put("lead", SCRIPT);
        form.put("zhLink", "?lang=zh-CN&from=a");
        form.put("enLink", "?lang=en&from=a");
        form.put("sections", List.of(new ModuleFormPage.Section("status", "进度", SCRIPT)));
        form.put("formError", null);
        form.put("withFiles", true);
        form.put("action", "complaint?lang=zh-CN");
        form.put("formKey", "k");
        form.put("from", "a");
        form.put("key", null);
        form.put("fields", List.of(new Page.Field("kind", "select", "类别", true, 0, "B", false, null, "说明",
                List.of(new Page.Choice("", ""), new Page.Choice("B", "乙"))), Page.Field.of("files", "file", "附件",
                false, 0, null, true, "文件“a.exe”无法接收", null)));
        String module = Page.html("module-form", Locale.SIMPLIFIED_CHINESE, Page.frame(Locale.SIMPLIFIED_CHINESE,
                "投诉", "东湖"), form);
        assertThat(module).doesNotContain("<script").contains("enctype=\"multipart/form-data\"")
                .contains("<input type=\"hidden\" name=\"from\" value=\"a\">").doesNotContain("name=\"key\"")
                .contains("<option value=\"B\" selected=\"selected\">乙</option>")
                .contains("<section class=\"ld-record\" id=\"status\">")
                .contains("<p class=\"ld-field-error\" id=\"files-error\">文件“a.exe”无法接收</p>");
        form.put("fields", List.of());
        assertThat(Page.html("module-form", Locale.SIMPLIFIED_CHINESE, Page.frame(Locale.SIMPLIFIED_CHINESE,
                "投诉", "东湖"), form)).doesNotContain("<form").contains("id=\"status\"");
    }
}
