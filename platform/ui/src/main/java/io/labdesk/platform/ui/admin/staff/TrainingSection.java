package io.labdesk.platform.ui.admin.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import io.labdesk.platform.api.file.RecordFiles;
import io.labdesk.platform.api.identity.Qualifications.Kind;
import io.labdesk.platform.api.ui.EmptyState;
import io.labdesk.platform.api.ui.Feedback;
import io.labdesk.platform.core.staff.StaffTraining;
import io.labdesk.platform.core.staff.TrainingRecord;
import io.labdesk.platform.core.staff.TrainingRules;
import io.labdesk.platform.core.tenant.TenantMember;
import io.labdesk.platform.ui.shell.Problems;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A staff member's trainings, qualifications and yearly assessments on their page, with their certificates. */
class TrainingSection extends Div {

    private final StaffTraining training;
    private final TenantMember member;
    private final Grid<TrainingRecord> grid = new Grid<>();

    TrainingSection(StaffTraining training, TenantMember member) {
        this.training = training;
        this.member = member;
        setId("member-training");
        Button add = new Button(getTranslation("training.add"), VaadinIcon.PLUS.create(), e -> openDialog());
        add.setId("add-training");
        grid.setId("training-grid");
        grid.addColumn(t -> getTranslation("training.category." + t.category()))
                .setHeader(getTranslation("training.category")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("training.kind." + t.kind())).setHeader(getTranslation("training.kind"))
                .setAutoWidth(true);
        grid.addColumn(TrainingRecord::title).setHeader(getTranslation("training.name")).setFlexGrow(1);
        grid.addColumn(TrainingRecord::heldOn).setHeader(getTranslation("training.heldOn")).setAutoWidth(true);
        grid.addColumn(t -> t.validUntil() == null ? "" : t.validUntil().toString())
                .setHeader(getTranslation("training.validUntil")).setAutoWidth(true);
        grid.addColumn(t -> t.assessedBy() == null ? "" : t.assessedBy())
                .setHeader(getTranslation("training.assessedBy")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("training.result." + t.result())
                        + (t.category() == TrainingRecord.Category.QUALIFICATION ? " · " + getTranslation(
                        t.validOn(LocalDate.now()) ? "training.valid" : "training.expired") : ""))
                .setHeader(getTranslation("training.result")).setAutoWidth(true);
        grid.addComponentColumn(this::certificates).setHeader(getTranslation("training.certificates"))
                .setAutoWidth(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        EmptyState.in(grid, getTranslation("training.empty"), getTranslation("training.empty.next"));
        add(new H3(getTranslation("training.title")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(training.of(member.id()));
    }

    private Div certificates(TrainingRecord record) {
        Div cell = new Div();
        for (RecordFiles.StoredFile f : training.certificates(member.id(), record.id())) {
            cell.add(new Div(new Anchor(DownloadHandler.fromInputStream(e -> {
                RecordFiles.Content content = training.certificate(member.id(), record.id(), f.id()).orElseThrow();
                return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.fileName(),
                        content.contentType(), content.bytes().length);
            }), f.fileName())));
        }
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            if (Problems.attempt(getLocale(), Map.of(), () -> training.attachCertificate(member.id(), record.id(),
                    metadata.fileName(), bytes))) {
                Feedback.done(getTranslation("training.certificateSaved", metadata.fileName()));
                refresh();
            }
        }));
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg");
        upload.setUploadButton(new Button(getTranslation("training.certificate"), VaadinIcon.UPLOAD.create()));
        upload.setDropAllowed(false);
        cell.add(upload);
        return cell;
    }

    private void openDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("training.add") + " · " + member.displayName());
        ComboBox<TrainingRecord.Category> category = new ComboBox<>(getTranslation("training.category"),
                TrainingRecord.Category.values());
        category.setItemLabelGenerator(c -> getTranslation("training.category." + c));
        category.setId("training-category");
        ComboBox<Kind> kind = new ComboBox<>(getTranslation("training.kind"), Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("training.kind." + k));
        kind.setId("training-kind");
        TextField title = new TextField(getTranslation("training.name"));
        title.setId("training-title");
        DatePicker heldOn = new DatePicker(getTranslation("training.heldOn"));
        heldOn.setId("training-held-on");
        DatePicker validUntil = new DatePicker(getTranslation("training.validUntil"));
        validUntil.setId("training-valid-until");
        TextField assessedBy = new TextField(getTranslation("training.assessedBy"));
        assessedBy.setId("training-assessed-by");
        ComboBox<TrainingRecord.Result> result = new ComboBox<>(getTranslation("training.result"),
                TrainingRecord.Result.values());
        result.setItemLabelGenerator(r -> getTranslation("training.result." + r));
        result.setId("training-result");
        TextArea note = new TextArea(getTranslation("training.note"));
        note.setId("training-note");
        dialog.add(new FormLayout(category, kind, title, heldOn, validUntil, assessedBy, result, note));
        Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
        fields.put("category", category);
        fields.put("kind", kind);
        fields.put("title", title);
        fields.put("heldOn", heldOn);
        fields.put("validUntil", validUntil);
        fields.put("assessedBy", assessedBy);
        fields.put("result", result);
        fields.put("note", note);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (Problems.attempt(getLocale(), fields, () -> training.add(member.id(), new TrainingRules.Entry(
                    category.getValue(), kind.getValue(), title.getValue(), heldOn.getValue(), validUntil.getValue(),
                    assessedBy.getValue(), result.getValue(), note.getValue())))) {
                dialog.close();
                refresh();
                Feedback.done(getTranslation("training.saved", member.displayName()));
            }
        });
        save.setId("save-training");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
