package io.admitone.admin.audit;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/** One event of the trail inspected: where it sits, who caused it (its metadata) and what it records (its payload). */
class AuditEventDialog extends Dialog {

    private static final JsonMapper JSON = JsonMapper.shared();

    AuditEventDialog(AuditEvent event) {
        setHeaderTitle(event.type() + " at position " + event.position());
        setId("audit-event-dialog");
        addClassName("audit-event-dialog");
        setWidth("min(56rem, 95vw)");
        DescriptionList facts = new DescriptionList();
        facts.setId("audit-event-facts");
        add(facts, new H3("Metadata"), metadata(event.metadata()), new H3("Payload"), pretty(event.payload()));
        term(facts, "Event id", event.eventId());
        term(facts, "Aggregate", (event.aggregateType() == null ? "none" : event.aggregateType() + " "
                + event.aggregateId() + ", event " + event.sequenceNumber()));
        term(facts, "Occurred at", AuditTrailGrid.TIME.format(event.occurredAt()));
        Button close = new Button("Close", click -> close());
        close.addClickShortcut(Key.ENTER);
        getFooter().add(close);
    }

    private static DescriptionList metadata(JsonNode metadata) {
        DescriptionList list = new DescriptionList();
        list.setId("audit-event-metadata");
        if (metadata != null) {
            for (Map.Entry<String, JsonNode> key : metadata.properties()) {
                term(list, key.getKey(), key.getValue().isString() ? key.getValue().asString()
                        : key.getValue().toString());
            }
        }
        return list;
    }

    private static Pre pretty(JsonNode payload) {
        Pre pre = new Pre(payload == null ? "null" : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(payload));
        pre.setId("audit-event-payload");
        pre.addClassName("finance-json");
        return pre;
    }

    private static void term(DescriptionList list, String term, String description) {
        list.add(new DescriptionList.Term(term), new DescriptionList.Description(description));
    }
}
