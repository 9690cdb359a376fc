/** Random tokens that are shown once and kept only as digests: invitation tokens, hold tokens. */
package io.admitone.command.secrets;
