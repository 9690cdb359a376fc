package io.admitone.admin.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.ui.Problems;
import org.springframework.http.MediaType;

/**
 * Uploads a PNG, JPEG or WebP file as the organisation's logo, which the server keeps and names in the logo URL,
 * or removes the logo. The server checks the file again and has the last word.
 */
class LogoUpload extends HorizontalLayout {

    static final int MAX_LOGO_BYTES = 1024 * 1024;

    LogoUpload(OrganisationChanges changes) {
        Upload upload = new Upload(UploadHandler.inMemory((file, image) ->
                change(() -> changes.uploadLogo(MediaType.parseMediaType(file.contentType()), image), "Logo uploaded.")));
        upload.setId("branding-logo-upload");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_LOGO_BYTES);
        upload.setUploadButton(new Button("Upload logo…"));
        upload.setDropLabel(new Span("PNG, JPEG or WebP, at most 1 MiB"));
        Button remove = new Button("Remove logo", click -> change(changes::removeLogo, "Logo removed."));
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.setId("branding-logo-remove");
        setAlignItems(Alignment.CENTER);
        add(upload, remove);
    }

    private void change(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done, 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }
}
