package io.newsroom.k8s;

/** An image reference split the way registries read it: [registry/]repository[:tag][@digest]. */
record ImageReference(String registry, String repository, String tag) {

    static ImageReference parse(String image) {
        String rest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        String registry = null;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            // Only a first part with a dot, a port or "localhost" names a registry (Docker's rule).
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                registry = first;
                rest = rest.substring(slash + 1);
            }
        }
        int colon = rest.lastIndexOf(':');
        String tag = colon > 0 ? rest.substring(colon + 1) : null;
        String repository = colon > 0 ? rest.substring(0, colon) : rest;
        return new ImageReference(registry, repository, tag);
    }
}
