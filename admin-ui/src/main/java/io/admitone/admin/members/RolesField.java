package io.admitone.admin.members;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import io.admitone.kernel.identity.StaffRole;

/** Every staff role to tick, named as the API names them ({@code box-office}). */
class RolesField extends CheckboxGroup<StaffRole> {

    RolesField() {
        super("Roles");
        setItems(StaffRole.values());
        setItemLabelGenerator(StaffRole::apiName);
        setHelperText("Owners and admins may do everything; the other roles what their job needs");
    }
}
