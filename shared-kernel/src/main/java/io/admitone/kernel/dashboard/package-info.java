/**
 * Staff members' own dashboards: the layout each member saves in each organisation, a list of widgets placed on a
 * grid. Widget types are the admin UI's (and its plugins'); the platform keeps any type that is valid in shape.
 */
package io.admitone.kernel.dashboard;
