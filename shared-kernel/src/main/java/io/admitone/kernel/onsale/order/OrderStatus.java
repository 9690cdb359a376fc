package io.admitone.kernel.onsale.order;

public enum OrderStatus { CONFIRMED, AWAITING_PAYMENT, PAYMENT_FAILED }
