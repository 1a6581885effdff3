package io.labdesk.platform.core.module;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.labdesk.platform.api.module.LabDeskModule;
import io.labdesk.platform.api.module.PublicField;
import io.labdesk.platform.api.module.PublicForm;
import io.labdesk.platform.api.module.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstalledModulesTest {

    @Test
    void aPublicFormMayNotTakeThePlatformsOwnPagesOrAnAddressThatIsNoPlainWord() {
        assertThatCode(() -> InstalledModules.check(moduleWithFormAt("feedback"))).doesNotThrowAnyException();
        for (String path : List.of("request", "logo", "brand.css", "Feedback", "a/b", "x")) {
            assertThatThrownBy(() -> InstalledModules.check(moduleWithFormAt(path)))
                    .as(path).isInstanceOf(IllegalStateException.class).hasMessageContaining("Public form path");
        }
    }

    private static LabDeskModule moduleWithFormAt(String path) {
        PublicForm form = new PublicForm() {
            public String path() {
                return path;
            }

            public Text title() {
                return Text.of("表", "Form");
            }

            public Text lead() {
                return Text.of("表", "Form");
            }

            public List<PublicField> fields() {
                return List.of();
            }

            public Text submit(Submission submission) {
                return Text.of("好", "OK");
            }
        };
        return new LabDeskModule() {
            public String id() {
                return "sample";
            }

            public Text name() {
                return Text.of("样例", "Sample");
            }

            public Text description() {
                return Text.of("样例", "Sample");
            }

            @Override
            public List<PublicForm> publicForms() {
                return List.of(form);
            }
        };
    }
}
