/** The frame around the signed-in screens: navigation by role, the organisation switcher, branding. */
package io.admitone.admin.layout;
