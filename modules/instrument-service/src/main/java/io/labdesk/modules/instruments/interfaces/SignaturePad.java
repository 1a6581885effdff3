package io.labdesk.modules.instruments.interfaces;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.function.Consumer;

/**
 * A canvas the customer signs on with a finger, a pen or the mouse, on the engineer's phone or tablet. Drawn with
 * pointer events in the browser (no add-on: those need a front-end build); read back as a PNG data URL, or empty
 * when nothing was drawn.
 */
@Tag("canvas")
class SignaturePad extends Component {

    SignaturePad() {
        getElement().setAttribute("width", "340");
        getElement().setAttribute("height", "160");
        getElement().getStyle().set("border", "1px solid var(--lumo-contrast-30pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("touch-action", "none")
                .set("background", "white").set("max-width", "100%");
        getElement().executeJs("""
                const c = this, g = c.getContext('2d');
                g.lineWidth = 2.5; g.lineCap = 'round'; g.strokeStyle = '#1a2b4c';
                c.drawn = false;
                let down = false;
                const at = e => { const r = c.getBoundingClientRect();
                    return [(e.clientX - r.left) * c.width / r.width, (e.clientY - r.top) * c.height / r.height]; };
                c.addEventListener('pointerdown', e => { down = true; c.setPointerCapture(e.pointerId);
                    const [x, y] = at(e); g.beginPath(); g.moveTo(x, y); });
                c.addEventListener('pointermove', e => { if (!down) return; const [x, y] = at(e);
                    g.lineTo(x, y); g.stroke(); c.drawn = true; });
                c.addEventListener('pointerup', () => { down = false; });
                c.addEventListener('pointercancel', () => { down = false; });
                """);
    }

    void clear() {
        getElement().executeJs("this.getContext('2d').clearRect(0, 0, this.width, this.height); this.drawn = false;");
    }

    /** Hands the drawing as a PNG data URL to {@code signature}, or "" when nothing was drawn. */
    void read(Consumer<String> signature) {
        getElement().executeJs("return this.drawn ? this.toDataURL('image/png') : '';").then(String.class,
                signature::accept);
    }
}
