package org.marketingworkbench.ui.segment;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** The listeners and bindings a pane puts on the longer-lived view-model, released together when the page is left. */
final class Subscriptions {
    private final List<Runnable> releases = new ArrayList<>();

    <T> void onChange(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        releases.add(() -> value.removeListener(listener));
    }

    <T> void onList(ObservableList<T> list, ListChangeListener<? super T> listener) {
        list.addListener(listener);
        releases.add(() -> list.removeListener(listener));
    }

    <T> void bind(Property<T> target, ObservableValue<? extends T> source) {
        target.bind(source);
        releases.add(target::unbind);
    }

    <T> void bindBidirectional(Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        releases.add(() -> control.unbindBidirectional(model));
    }

    void add(Runnable release) {
        releases.add(release);
    }

    void release() {
        releases.forEach(Runnable::run);
        releases.clear();
    }
}
