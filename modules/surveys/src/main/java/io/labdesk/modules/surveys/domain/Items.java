package io.labdesk.modules.surveys.domain;

import io.labdesk.platform.api.module.Text;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;

/** A version's items as its row keeps them: a JSON array, written once and read back the same. */
public final class Items {

    private Items() {
    }

    public static String write(List<Item> items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Item item : items) {
            JsonArrayBuilder options = Json.createArrayBuilder();
            item.options().forEach(o -> options.add(Json.createObjectBuilder().add("value", o.value())
                    .add("zh", o.label().zh()).add("en", o.label().en())));
            array.add(Json.createObjectBuilder().add("code", item.code()).add("kind", item.kind().name())
                    .add("required", item.required()).add("zh", item.wording().zh()).add("en", item.wording().en())
                    .add("options", options));
        }
        return array.build().toString();
    }

    public static List<Item> read(String json) {
        JsonArray array = Json.createReader(new StringReader(json)).readArray();
        return array.getValuesAs(JsonObject.class).stream().map(o -> new Item(o.getString("code"),
                ItemKind.valueOf(o.getString("kind")), o.getBoolean("required"),
                Text.of(o.getString("zh"), o.getString("en")),
                o.getJsonArray("options").getValuesAs(JsonObject.class).stream().map(x -> new Item.Option(
                        x.getString("value"), Text.of(x.getString("zh"), x.getString("en")))).toList())).toList();
    }
}
