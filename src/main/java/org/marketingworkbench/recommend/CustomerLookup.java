package org.marketingworkbench.recommend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.marketingworkbench.common.BadInputException;

/** Looks up one customer's history and recommendations, for the page and for reports. */
public final class CustomerLookup {
    private static final int REASONS = 3;

    private CustomerLookup() {
    }

    public static CustomerView of(ItemBasedModel model, Recommendations recommendations, String customer) {
        Interactions data = model.interactions();
        int user = data.users().indexOf(customer);
        if (user < 0) {
            throw new BadInputException("recommend.error.unknownCustomer", customer);
        }
        List<CustomerView.Bought> history = new ArrayList<>();
        for (int p = data.start(user); p < data.end(user); p++) {
            Optional<LocalDate> date = data.hasDates()
                    ? Optional.of(LocalDate.ofEpochDay(Math.floorDiv(data.time(p), 86_400L)))
                    : Optional.empty();
            history.add(new CustomerView.Bought(data.items().name(data.item(p)), data.value(p), model.weight(p),
                    date));
        }
        Comparator<CustomerView.Bought> latestFirst = Comparator.comparing(
                (CustomerView.Bought bought) -> bought.date().orElse(LocalDate.MIN)).reversed();
        history.sort(latestFirst.thenComparing(Comparator.comparingDouble(CustomerView.Bought::weight).reversed()));
        List<Explanation> explained = new Explainer(model, REASONS).explain(user, recommendations);
        return new CustomerView(customer, history, explained);
    }
}
