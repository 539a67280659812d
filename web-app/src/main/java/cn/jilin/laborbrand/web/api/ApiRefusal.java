package cn.jilin.laborbrand.web.api;

/** A request under /api/v1 refused with a status and the message key that says why (400 bad input, 403 outside the grant). */
class ApiRefusal extends RuntimeException {

    private final int status;
    private final String messageKey;

    ApiRefusal(int status, String messageKey) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
    }

    int status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }
}
