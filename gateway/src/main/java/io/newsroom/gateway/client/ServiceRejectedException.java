package io.newsroom.gateway.client;

/**
 * A service understood the request and refused it (a 4xx answer). Retrying cannot help and it says nothing
 * about the service's health, so retries abort on it and circuit breakers skip it.
 */
public class ServiceRejectedException extends RuntimeException {

    private final String service;
    private final int status;
    private final String detail;

    public ServiceRejectedException(String service, int status, String detail) {
        super(service + " answered " + status + (detail == null ? "" : ": " + detail));
        this.service = service;
        this.status = status;
        this.detail = detail;
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    /**
     * The service refused the caller, not the request: its token (401) or its roles (403). The gateway asks with the
     * caller's token, so this is the caller's answer to have, never a reason to serve something else instead.
     */
    public boolean refusesTheCaller() {
        return status == 401 || status == 403;
    }
}
