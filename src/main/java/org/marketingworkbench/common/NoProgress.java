package org.marketingworkbench.common;

enum NoProgress implements Progress {
    INSTANCE;

    @Override
    public void update(double done, double total, String message) {
        // nobody listens
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
