package nl.overstap.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one organisation uses: its applications with owner, users, BIV classification, data,
 * contract and dependencies. Read from an inventory file that is not part of the catalogue and
 * never published; its applications are matched to catalogue entries afterwards.
 *
 * @param organisation the name shown on the report
 * @param date         the day the inventory describes: the roadmap starts here, and it is the
 *                     report's date, so the same inventory gives the same report
 * @param applications in the order written, ids unique
 * @param origin       the inventory file, for problems
 */
public record Inventory(String organisation, LocalDate date, List<Application> applications, Origin origin) {

    public Inventory {
        applications = List.copyOf(applications);
    }

    /** A level of the BIV classification (beschikbaarheid, integriteit, vertrouwelijkheid). */
    public enum Level { LOW, MEDIUM, HIGH }

    /** The most sensitive kind of data decides; {@code SPECIAL} covers art. 9 GDPR data, BSN-linked and criminal records. */
    public enum DataKind { PUBLIC, INTERNAL, PERSONAL, SPECIAL }

    public enum HostingKind { SAAS, ON_PREMISES, PRIVATE_CLOUD, SHARED_SERVICE }

    /** Who supplies an application the catalogue does not know; the country is empty when unknown. */
    public record Vendor(String name, Optional<Country> country) {
    }

    /** An application this one needs, as written, so a wrong id can be pointed at. */
    public record Dependency(String id, Origin at) {
    }

    /**
     * One application in use.
     *
     * @param id          unique in the inventory; what {@code dependsOn} refers to
     * @param name        as the organisation calls it; matched to the catalogue unless {@code entry} is given
     * @param entry       a catalogue product or alternative id given by the organisation
     * @param vendor      for applications the catalogue does not know
     * @param owner       the business owner: a team or role
     * @param data        the kinds of data it holds, sorted, at least one
     * @param contractEnd when the current contract ends
     */
    public record Application(String id, String name, Optional<Ref> entry, Optional<Vendor> vendor, String owner,
            int users, Level availability, Level integrity, Level confidentiality, List<DataKind> data,
            Optional<LocalDate> contractEnd, HostingKind hosting, List<Dependency> dependsOn, Optional<String> notes,
            Origin origin) {

        public Application {
            data = data.stream().distinct().sorted().toList();
            dependsOn = List.copyOf(dependsOn);
        }

        /** A service is critical when the organisation cannot do without it: availability high. */
        public boolean critical() {
            return availability == Level.HIGH;
        }

        /** Personal data of any kind, or confidentiality high. */
        public boolean sensitive() {
            return data.contains(DataKind.PERSONAL) || data.contains(DataKind.SPECIAL)
                    || confidentiality == Level.HIGH;
        }

        public DataKind mostSensitiveData() {
            return data.get(data.size() - 1);
        }
    }
}
