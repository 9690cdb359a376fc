package io.admitone.admin.webhooks;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.Page;

import java.util.UUID;

/**
 * How far a replay has got, read from the delivery log: how many of its messages are queued and how many are
 * delivered. The log lists the newest first, so the replay's deliveries are among the first pages.
 */
class ReplayProgress extends Div {

    private static final int PAGE_SIZE = 200;
    private static final int MAX_PAGES = 10;

    private final AdmitOneApiClient api;
    private final WebhookPaths paths;
    private final UUID subscription;
    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span("Queuing the replayed messages…");
    private UUID replay;

    ReplayProgress(AdmitOneApiClient api, WebhookPaths paths, UUID subscription) {
        this.api = api;
        this.paths = paths;
        this.subscription = subscription;
        addClassName("replay-progress");
        setId("replay-progress");
        bar.setIndeterminate(true);
        bar.getElement().setAttribute("aria-label", "Replay progress");
        text.getElement().setAttribute("aria-live", "polite");
        add(bar, text);
        setVisible(false);
    }

    void track(UUID replay) {
        this.replay = replay;
        setVisible(true);
        refresh();
    }

    void refresh() {
        if (replay == null) {
            return;
        }
        int queued = 0;
        int delivered = 0;
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            Page<Delivery> deliveries = api.page(paths.deliveries(subscription).with("kind", "replay")
                    .with("limit", PAGE_SIZE).with("cursor", cursor), Delivery.class);
            for (Delivery delivery : deliveries.items()) {
                if (replay.equals(delivery.replayId())) {
                    queued++;
                    delivered += delivery.delivered() ? 1 : 0;
                }
            }
            if (deliveries.isLast()) {
                break;
            }
            cursor = deliveries.nextCursor();
        }
        show(queued, delivered);
    }

    private void show(int queued, int delivered) {
        if (queued == 0) {
            text.setText("Queuing the replayed messages… (none so far)");
            return;
        }
        bar.setIndeterminate(false);
        bar.setValue((double) delivered / queued);
        text.setText(delivered + " of " + queued + " replayed messages delivered");
    }
}
