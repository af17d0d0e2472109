package se.styrplan.plan.sdg;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Sdg", description = "A UN Sustainable Development Goal (Agenda 2030), named as in Swedish plans")
public record SdgView(
        @Schema(description = "1 to 17", examples = "11") int number,
        @Schema(description = "Swedish name", examples = "Hållbara städer och samhällen") String name,
        @Schema(description = "English name", examples = "Sustainable cities and communities") String nameEn) {

    public static SdgView of(Sdg sdg) {
        return new SdgView(sdg.number, sdg.nameSv, sdg.nameEn);
    }
}
