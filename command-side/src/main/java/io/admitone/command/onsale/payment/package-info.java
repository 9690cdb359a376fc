/**
 * The payment port: the core assumes no gateway. A {@link io.admitone.command.onsale.payment.PaymentProvider} starts
 * a payment and may confirm one that needed a buyer's action; only {@code test} is built in. Plugins contribute the
 * rest, each for the organisations that enabled it, through
 * {@link io.admitone.command.onsale.payment.ContributedPaymentProviders}: offline payment (cash, bank transfer) comes
 * as the bundled plugin {@code offline-payments}.
 */
package io.admitone.command.onsale.payment;
