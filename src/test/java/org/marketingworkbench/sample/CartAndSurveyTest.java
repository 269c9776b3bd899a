package org.marketingworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** cart_events.csv agrees with the orders; survey.csv is the GB18030 export the truth describes. */
class CartAndSurveyTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Test
    void everyOrderLineSinceTrackingBeganHasOneAddThenOneCheckoutOnItsDate() throws IOException {
        SampleFiles.Csv orders = SampleFiles.csv("orders.csv").withoutDuplicates();
        SampleFiles.Csv events = SampleFiles.csv("cart_events.csv");
        Map<String, Integer> expected = new HashMap<>();
        for (List<String> row : orders.rows()) {
            LocalDate date = LocalDate.parse(row.get(orders.column("order_date")));
            if (!date.isBefore(LocalDate.of(2026, 4, 1)) && row.get(orders.column("status")).equals("completed")) {
                expected.merge(row.get(orders.column("customer_id")) + "/" + row.get(orders.column("product_id"))
                        + "/" + date, 1, Integer::sum);
            }
        }
        Map<String, Integer> checkouts = new HashMap<>();
        Map<String, LocalDateTime> firstAdd = new HashMap<>();
        for (List<String> row : events.rows()) {
            LocalDateTime time = LocalDateTime.parse(row.get(3), TIMESTAMP);
            assertThat(time).isBetween(LocalDateTime.of(2026, 4, 1, 0, 0), LocalDateTime.of(2026, 6, 30, 23, 59, 59));
            String pair = row.get(0) + "/" + row.get(1);
            switch (row.get(2)) {
                case "add" -> firstAdd.merge(pair, time, (a, b) -> a.isBefore(b) ? a : b);
                case "checkout" -> {
                    checkouts.merge(pair + "/" + time.toLocalDate(), 1, Integer::sum);
                    assertThat(firstAdd.get(pair)).as("an add before checkout of " + pair).isNotNull()
                            .isBeforeOrEqualTo(time);
                }
                case "remove" -> assertThat(firstAdd).containsKey(pair);
                default -> throw new AssertionError("unknown event " + row.get(2));
            }
        }

        assertThat(checkouts).isEqualTo(expected);
    }

    @Test
    void surveyIsValidGb18030AndNotValidUtf8() throws IOException {
        byte[] bytes = Files.readAllBytes(SampleFiles.FOLDER.resolve("survey.csv"));

        String text = GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        assertThat(text).startsWith("客户编号,提交日期,满意度,推荐意愿,感兴趣的品类,意见建议\r\n");
        assertThat(text.getBytes(GB18030)).isEqualTo(bytes);
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))).isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void surveyBlanksMatchTheTruthAndAnswersAreInRange() throws IOException {
        SampleFiles.Csv survey = SampleFiles.csv(SampleFiles.FOLDER.resolve("survey.csv"), GB18030);
        JsonNode truth = SampleFiles.truth();
        JsonNode missing = truth.path("mess").path("survey.csv").path("missing");

        assertThat(survey.rows()).hasSize(truth.path("files").path("survey.csv").path("rows").asInt());
        missing.fields().forEachRemaining(entry -> assertThat(survey.values(entry.getKey()).stream()
                .filter(String::isEmpty).count()).as(entry.getKey()).isEqualTo(entry.getValue().asLong()));
        assertThat(missing.path("满意度").asInt()).isEqualTo(12);
        assertThat(survey.values("满意度")).allMatch(v -> v.isEmpty() || v.matches("[1-5]"));
        assertThat(survey.values("推荐意愿")).allMatch(v -> Integer.parseInt(v) >= 0 && Integer.parseInt(v) <= 10);
        assertThat(survey.values("提交日期")).allMatch(v -> v.matches("2026/[56]/\\d{1,2}"));
    }
}
