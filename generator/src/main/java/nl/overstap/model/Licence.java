package nl.overstap.model;

import java.util.Optional;

/**
 * @param spdx  an SPDX licence expression, {@code LicenseRef-Proprietary} for proprietary software
 * @param model how open it is in practice
 * @param note  open core, a CLA, licence changes: what the expression alone does not say
 */
public record Licence(String spdx, Model model, Optional<Text> note) {

    public enum Model { OPEN_SOURCE, OPEN_CORE, SOURCE_AVAILABLE, PROPRIETARY }
}
