package io.labdesk.platform.api.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * An Apache ECharts chart for the platform's and modules' views: the option (ECharts' JSON) is set from Java and
 * drawn in the browser, where the library is loaded once from its webjar (no front-end bundle needed). Clicks on a
 * data item come back as (series, item name). Once drawn the element carries {@code data-drawn="true"}.
 */
@Tag("div")
public class EChart extends Component implements HasSize {

    /** Served from the echarts webjar on the class path (META-INF/resources). */
    static final String LIBRARY = "/webjars/echarts/5.5.0/echarts.min.js";

    private static final String DRAW = """
            const el = this, option = JSON.parse($0);
            const draw = () => {
              const chart = echarts.getInstanceByDom(el) || echarts.init(el);
              chart.setOption(option, true);
              if (!el.__labdesk) {
                el.__labdesk = true;
                chart.on('click', p => el.$server.clicked(String(p.seriesName || ''), String(p.name)));
                new ResizeObserver(() => chart.resize()).observe(el);
              }
              el.setAttribute('data-drawn', 'true');
            };
            if (window.echarts) { draw(); return; }
            let script = document.getElementById('labdesk-echarts');
            if (!script) {
              script = document.createElement('script');
              script.id = 'labdesk-echarts';
              script.src = $1;
              document.head.appendChild(script);
            }
            script.addEventListener('load', draw);
            """;

    private String option = "{}";
    private final List<BiConsumer<String, String>> clickListeners = new ArrayList<>();

    public EChart() {
        setWidthFull();
        setHeight("320px");
        addClassName("labdesk-chart");
    }

    /** Replaces what the chart shows: an ECharts option object as JSON text. */
    public void setOption(String optionJson) {
        this.option = optionJson;
        if (isAttached()) {
            draw();
        }
    }

    /** Called with the series name and the item's name (e.g. a category) when a data item is clicked. */
    public void addItemClickListener(BiConsumer<String, String> listener) {
        clickListeners.add(listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        draw();
    }

    private void draw() {
        getElement().executeJs(DRAW, option, LIBRARY);
    }

    @ClientCallable
    void clicked(String series, String name) {
        clickListeners.forEach(l -> l.accept(series, name));
    }
}
