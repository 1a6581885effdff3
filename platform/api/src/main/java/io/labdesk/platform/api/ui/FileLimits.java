package io.labdesk.platform.api.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import io.labdesk.platform.api.module.Text;
import java.util.Locale;

/**
 * A staff upload's limits said in the user's language: a file over the size (or of a kind not taken) is refused
 * before it is sent, with a message naming the file and the limit, and nothing else on the page is lost.
 */
public final class FileLimits {

    private FileLimits() {
    }

    /** Limits {@code upload} to files of at most {@code maxBytes}, translating its messages. */
    public static Upload apply(Upload upload, int maxBytes) {
        Locale locale = UI.getCurrent() == null || UI.getCurrent().getLocale() == null ? Locale.SIMPLIFIED_CHINESE
                : UI.getCurrent().getLocale();
        String limit = megabytes(maxBytes);
        upload.setMaxFileSize(maxBytes);
        UploadI18N i18n = new UploadI18N();
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(Text.of("文件超过 " + limit + "。", "The file is larger than " + limit + ".").in(locale))
                .setIncorrectFileType(Text.of("不接受此类文件。", "Files of this kind are not taken.").in(locale))
                .setTooManyFiles(Text.of("文件过多。", "Too many files.").in(locale)));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> Feedback.refused(Text.of(
                "文件“" + e.getFileName() + "”未能上传：" + e.getErrorMessage(),
                "The file “" + e.getFileName() + "” was not uploaded: " + e.getErrorMessage()).in(locale)));
        return upload;
    }

    private static String megabytes(int bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : (bytes / 1024) + " KB";
    }
}
