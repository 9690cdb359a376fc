/** An organisation's API keys as its admins see them: never a secret, with when each key was last used. */
package io.admitone.query.apikeys;
