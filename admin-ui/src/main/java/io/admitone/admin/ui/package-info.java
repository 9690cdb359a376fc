/** Building blocks the screens share: lazy lists over cursor pages and showing the server's problems. */
package io.admitone.admin.ui;
