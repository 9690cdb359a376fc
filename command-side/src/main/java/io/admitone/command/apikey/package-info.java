/**
 * API keys of an organisation: each key is an aggregate; {@link io.admitone.command.apikey.ApiKeyIssuer} generates
 * a new key and answers it once, {@link io.admitone.command.apikey.ApiKeysController} is their HTTP face.
 */
package io.admitone.command.apikey;
