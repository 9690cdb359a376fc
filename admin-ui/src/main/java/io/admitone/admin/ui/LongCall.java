package io.admitone.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import io.admitone.admin.api.AdmitOneApiException;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a call to the server that takes seconds (verifying a hash chain, starting a replay) so that the user sees it
 * running: the answer to the click disables the button and shows a progress bar, and the call is made on the
 * browser's next poll, which carries its outcome back. Vaadin writes a request's answer only after it let the session
 * go, so a call made within the click, or queued from it, would hold the progress back until it was over.
 */
public final class LongCall {

    private static final int POLL_MILLIS = 250;

    private final ProgressBar progress;

    private LongCall(ProgressBar progress) {
        this.progress = progress;
    }

    /** Long calls shown running by {@code progress}, which is hidden until one runs. */
    public static LongCall showing(ProgressBar progress) {
        progress.setIndeterminate(true);
        progress.setVisible(false);
        return new LongCall(progress);
    }

    /**
     * Shows a call started by {@code trigger} running, makes it on the next poll, and hands its answer to
     * {@code done}.
     */
    public <T> void run(Button trigger, Supplier<T> call, Consumer<T> done) {
        UI ui = UI.getCurrent();
        int pollBefore = ui.getPollInterval();
        trigger.setEnabled(false);
        progress.setVisible(true);
        ui.setPollInterval(POLL_MILLIS);
        AtomicReference<Registration> once = new AtomicReference<>();
        once.set(ui.addPollListener(poll -> {
            once.get().remove();
            ui.setPollInterval(pollBefore);
            try {
                done.accept(call.get());
            } catch (AdmitOneApiException e) {
                Problems.show(e);
            } finally {
                trigger.setEnabled(true);
                progress.setVisible(false);
            }
        }));
    }
}
