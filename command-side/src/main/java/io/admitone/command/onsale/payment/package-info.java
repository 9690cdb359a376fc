/**
 * The payment port: the core assumes no gateway. A {@link io.admitone.command.onsale.payment.PaymentProvider} starts
 * a payment and may confirm one that needed a buyer's action; {@code test} and {@code offline} are built in, and
 * plugins contribute more, each for the organisations that enabled it, through
 * {@link io.admitone.command.onsale.payment.ContributedPaymentProviders}.
 */
package io.admitone.command.onsale.payment;
