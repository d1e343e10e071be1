package nl.overstap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.overstap.model.Language;
import org.junit.jupiter.api.Test;

class UiTest {
    @Test
    void bothLanguagesHaveTheSameInterfaceTexts() {
        assertEquals(Ui.of(Language.NL).all().keySet(), Ui.of(Language.EN).all().keySet());
    }
}
